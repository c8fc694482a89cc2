import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The page shown when a small form on a file page (a contact, a member, an amount) is refused:
/// the messages, and the way back, with the typed values lost only for that small form.
enum PartyErrorPage {
    static func render(_ request: Request, errors: [FieldError], back: String) async throws -> Response {
        let context = PageContext(request: request)
        let strings = context.strings
        let html = Layout.render(
            title: strings[.formHasErrors], context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(strings[.formNotSaved])),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .div(.class("actions"), .a(.class("button"), .href(back), .text(strings[.goBack])))
            ))
        return .html(html, status: .unprocessableEntity)
    }
}
