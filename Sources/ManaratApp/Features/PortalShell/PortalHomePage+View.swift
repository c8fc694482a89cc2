import ManaratDomain
import Plot

extension PortalHomePage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = PortalShellText(strings: strings)
        let tiles: [(PortalURL, String, String)] = [
            (.apply, strings[.portalNavApply], text.portalApplyDetail),
            (.ask, strings[.portalAskTitle], text.portalAskDetail),
            (.household, strings[.portalHouseholdTitle], text.portalHouseholdDetail),
            (.profile, strings[.portalNavProfile], text.portalProfileDetail),
            (.myData, strings[.portalNavMyData], text.portalMyDataDetail),
        ]
        return Layout.render(
            title: text.portalHomeTitle, context: context,
            content: .group(
                .h1(.text(text.portalGreeting(name: model.firstName))),
                .ul(
                    .class("tiles"),
                    .forEach(tiles.prefix(2)) { tile($0.0.path, $0.1, $0.2) },
                    tile(PublicURL.feedback.path, strings[.feedbackFormTitle], text.portalFeedbackDetail),
                    .forEach(tiles.dropFirst(2)) { tile($0.0.path, $0.1, $0.2) }),
                .h2(.text(text.portalMyRequests)),
                .if(model.requests.isEmpty, .p(.class("card"), .text(text.portalNoRequests))),
                .forEach(model.requests) { request(row: $0, context: context) },
                .if(
                    !model.inquiries.isEmpty,
                    .section(
                        .class("card"),
                        .h2(.text(text.portalMyInquiries)),
                        .ul(
                            .forEach(model.inquiries) { inquiry in
                                .li(
                                    .a(
                                        .href(PortalURL.inquiry(inquiry.id).path),
                                        .span(.class("ltr"), .text(inquiry.reference))),
                                    .text(" — " + strings.inquiryStatus(inquiry.status)))
                            }))),
                .if(
                    !model.feedback.isEmpty,
                    .section(
                        .class("card"),
                        .h2(.text(strings[.navFeedback])),
                        .ul(
                            .forEach(model.feedback) { item in
                                .li(
                                    .a(
                                        .href(PortalURL.feedbackItem(item.id).path),
                                        .span(.class("ltr"), .text(item.reference))),
                                    .text(
                                        " — " + strings.feedbackKind(item.kind) + " — "
                                            + strings.feedbackStatus(item.status)))
                            }))),
                .section(
                    .class("card"),
                    .h2(.text(text.portalMessages)),
                    .if(model.unread > 0, .p(.span(.class("badge"), .text(text.inboxUnread(count: model.unread))))),
                    .if(model.messages.isEmpty, .p(.class("muted"), .text(strings[.inboxEmpty]))),
                    .ul(
                        .forEach(model.messages) { message in
                            .li(
                                .element(named: "bdi", nodes: [MessageText.render(message.body)]), .br(),
                                .span(.class("muted"), .text(context.dates.dualWithTime(message.createdAt))))
                        }),
                    .p(
                        .a(.href(PortalURL.inbox.path), .text(strings[.inboxTitle])), .text(" · "),
                        .a(.href(PortalURL.notificationSettings.path), .text(strings[.notificationSettingsTitle]))))
            ))
    }

    private static func tile(_ path: String, _ title: String, _ detail: String) -> Node<HTML.ListContext> {
        .li(.a(.href(path), .strong(.text(title)), .span(.class("muted"), .text(detail))))
    }

    private static func request(row: Request, context: PageContext) -> Node<HTML.BodyContext> {
        let strings = context.strings
        let text = PortalShellText(strings: strings)
        let request = row.summary.request
        return .section(
            .class("card"),
            .h3(
                .a(.href(PortalURL.request(request.id).path), .text(row.type?.name(in: context.language) ?? "")),
                .text(" "), .span(.class("ltr muted"), .text(request.reference))),
            .p(RequestBadges.status(request.status, strings: strings)),
            .if(
                request.expectedResponseOn != nil && request.status.awaitsDecision,
                .p(.strong(.text(strings[.expectedResponse] + ": ")), RequestBadges.due(request, context: context))),
            .if(row.missing > 0, .p(.class("flag"), .text(text.portalMissingCount(count: row.missing)))))
    }
}
