import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// The page shown when a small form on a file page (a contact, a member, an amount) is refused:
/// the messages, and the way back, with the typed values lost only for that small form.
enum PartyErrorPage {
    /// The page for `errors`, leading back to `back`, from its values alone.
    static func render(errors: [FieldError], back: String, context: PageContext) -> String {
        let strings = context.strings
        return Layout.render(
            title: strings[.formHasErrors], context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(strings[.formNotSaved])),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .div(.class("actions"), .a(.class("button"), .href(back), .text(strings[.goBack])))
            ))
    }

    /// The page as a 422 answer to `request`.
    static func render(_ request: Request, errors: [FieldError], back: String) async throws -> Response {
        .html(
            render(errors: errors, back: back, context: PageContext(request: request)), status: .unprocessableEntity)
    }
}
