import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// The message log an administrator reads while no SMS gateway is connected: every SMS the
/// development sender would have sent, one-time codes included.
struct MessageLogController {
    func messages(_ request: Request) async throws -> Response {
        let messages = try await PortalRepository(database: request.db).messages()
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings[.messagesTitle], context: context,
                content: .group(
                    .h1(.text(strings[.messagesTitle])),
                    .p(.class("muted"), .text(strings[.messagesExplain])),
                    DataTable.render(
                        headers: [strings[.auditWhen], strings[.channelLabel], strings[.phone], strings[.messageText]],
                        rows: messages.map { message in
                            [
                                .text(context.dates.dualWithTime(message.createdAt)), .text(message.channel),
                                .span(.class("ltr nowrap"), .text(SaudiMobile.display(message.address))),
                                .element(named: "bdi", text: message.body),
                            ]
                        })
                )))
    }
}
