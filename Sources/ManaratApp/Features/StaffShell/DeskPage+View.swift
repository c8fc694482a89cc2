import ManaratDomain
import Plot

extension DeskPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = StaffShellText(strings: strings)
        return Layout.render(
            title: text.deskTitle, context: context,
            content: .group(
                .h1(.text(text.deskGreeting(name: model.displayName))),
                .div(
                    .class("card"),
                    .p(.strong(.text(strings[.today] + ": ")), .text(context.dates.dual(context.today))),
                    .p(
                        .strong(.text(text.yourRoles + ": ")),
                        .forEach(model.roles) { .span(.class("badge"), .text(strings.role($0))) }),
                    .p(.strong(.text(text.yourBranch + ": ")), .text(model.branchName ?? strings[.noBranch]))
                ),
                .if(
                    model.unreadPolicies > 0,
                    .div(
                        .class("alert alert-info"), .attribute(named: "role", value: "status"),
                        .p(
                            .text(text.libraryPendingBanner + " "),
                            .a(.href(StaffURL.library.path), .text(text.navLibrary))))),
                notices(model.notices, context: context),
                requestList(model.overdueRequests, title: text.overdueRequestsTitle, context: context),
                referred(model.referredQuestions, context: context),
                .if(
                    !model.expiringIdentities.isEmpty,
                    .section(
                        .class("card"),
                        .h2(.text(text.expiringIdentitiesTitle)),
                        .ul(
                            .class("timeline"),
                            .forEach(model.expiringIdentities) { identity in
                                .li(
                                    .a(.href(StaffURL.beneficiary(identity.beneficiaryID).path), .text(identity.name)),
                                    .text(" — " + context.dates.dual(identity.expiresOn)))
                            }))),
                requestList(model.dueSoonRequests, title: text.dueSoonTitle, context: context),
                followUps(model, context: context),
                .h2(.text(text.deskAreas)),
                .ul(
                    .class("tiles"),
                    .forEach(model.areas) { area in
                        let tile = text.tile(area)
                        return .li(
                            .a(
                                .href(area.url.path), .strong(.text(tile.title)),
                                .span(.class("muted"), .text(tile.detail))))
                    })
            ))
    }

    private static func notices(_ notices: [OutboxEntry], context: PageContext) -> Node<HTML.BodyContext> {
        let strings = context.strings
        return .if(
            !notices.isEmpty,
            .section(
                .class("card"),
                .h2(.text(StaffShellText(strings: strings).deskNoticesTitle)),
                .ul(
                    .class("timeline"),
                    .forEach(notices) { notice in
                        .li(
                            .unwrap(notice.relatedID) {
                                .a(.href(StaffURL.request($0).path), .text(strings.notificationEvent(notice.event)))
                            },
                            // The notice keeps the language it was written in, whatever the interface shows.
                            .p(
                                .attribute(named: "lang", value: notice.language.rawValue),
                                .attribute(named: "dir", value: notice.language.isRightToLeft ? "rtl" : "ltr"),
                                .text(notice.body.components(separatedBy: " http").first ?? notice.body)),
                            .span(.class("muted"), .text(context.dates.dualWithTime(notice.createdAt))))
                    })))
    }

    private static func requestList(_ rows: [RequestSummary], title: String, context: PageContext) -> Node<
        HTML.BodyContext
    > {
        .if(
            !rows.isEmpty,
            .section(
                .class("card"),
                .h2(.text(title)),
                .ul(
                    .class("timeline"),
                    .forEach(rows) { row in
                        .li(
                            .a(
                                .href(StaffURL.request(row.request.id).path),
                                .span(.class("ltr"), .text(row.request.reference))),
                            .text(" — " + row.beneficiaryName + " "), RequestBadges.due(row.request, context: context))
                    })))
    }

    private static func referred(_ items: [DueFollowUp], context: PageContext) -> Node<HTML.BodyContext> {
        let text = StaffShellText(strings: context.strings)
        return .if(
            !items.isEmpty,
            .section(
                .class("card"),
                .h2(.text(text.referredQuestionsTitle)),
                .ul(
                    .class("timeline"),
                    .forEach(items) { item in
                        .li(
                            .a(.href(partyURL(item.contact).path), .text(item.partyName)),
                            .p(.text(item.contact.summary)),
                            .form(
                                .method(.post), .action(StaffURL.followUpDone(item.contact.id).path),
                                .class("inline-form"), Layout.csrfField(context.csrfToken),
                                .button(
                                    .type(.submit), .class("link-button"),
                                    .text(context.strings[.markFollowUpDone]))))
                    })))
    }

    private static func followUps(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let strings = context.strings
        let text = StaffShellText(strings: strings)
        return .section(
            .class("card"),
            .h2(.text(text.dueFollowUpsTitle)),
            .if(model.dueFollowUps.isEmpty, .p(.class("muted"), .text(text.noDueFollowUps))),
            .ul(
                .class("timeline"),
                .forEach(model.dueFollowUps) { item in
                    .li(
                        .a(.href(partyURL(item.contact).path), .text(item.partyName)),
                        .text(
                            " — " + strings.channel(item.contact.channel) + " — "
                                + (item.contact.followUpOn.map(context.dates.dual) ?? "")),
                        .unwrap(item.contact.followUpOn) { day in
                            .if(
                                day < context.today,
                                .group(
                                    .text(" "),
                                    .span(
                                        .class("flag"),
                                        .text(
                                            strings.format(
                                                .overdueDays, ["days": strings.days(day.days(until: context.today))])
                                        ))))
                        },
                        .p(.class("muted"), .text(String(item.contact.summary.prefix(140))))
                    )
                }),
            .if(model.moreFollowUps > 0, .p(.class("muted"), .text(text.moreFollowUps(count: model.moreFollowUps)))))
    }

    private static func partyURL(_ contact: Contact) -> StaffURL {
        switch contact.partyKind {
        case .beneficiary: return .beneficiary(contact.partyID)
        case .supporter: return .supporter(contact.partyID)
        case .volunteer: return .volunteer(contact.partyID)
        }
    }
}
