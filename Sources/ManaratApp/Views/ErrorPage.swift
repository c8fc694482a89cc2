import Plot
import Vapor

/// The page shown for every refused or failed request.
enum ErrorPage {
    struct Model {
        var status: HTTPResponseStatus
        var reason: String?
        var reference: String
        /// A message already in the visitor's language that says exactly why (a conflict of
        /// interest, a stale form); shown instead of the general one.
        var message: String? = nil
    }

    static func render(_ model: Model, request: Request) -> String {
        let context = PageContext(request: request)
        let strings = context.strings
        let (title, message): (Key, Key) = {
            switch model.status.code {
            case 400, 409, 410, 422: return (.errorBadRequestTitle, .errorBadRequest)
            case 403 where model.reason?.hasPrefix("csrf") == true: return (.errorExpiredTitle, .errorExpired)
            case 403: return (.errorForbiddenTitle, .errorForbidden)
            case 404: return (.errorNotFoundTitle, .errorNotFound)
            case 413: return (.errorTooLargeTitle, .errorTooLarge)
            case 429: return (.errorTooManyTitle, .errorTooMany)
            case 503: return (.errorUnavailableTitle, .errorUnavailable)
            default: return (.errorServerTitle, .errorServer)
            }
        }()
        return Layout.render(
            title: strings[title], context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(strings[title])),
                .p(.attribute(named: "role", value: "alert"), .text(model.message ?? strings[message])),
                .p(
                    .class("muted"), .text(strings[.errorReference] + " "), .span(.class("ltr"), .text(model.reference))
                ),
                .div(
                    .class("actions"),
                    .a(
                        .class("button"), .href(context.staff == nil ? PublicURL.home.path : StaffURL.home.path),
                        .text(strings[.errorGoHome])))
            ))
    }
}
