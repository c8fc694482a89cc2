import ManaratDomain
import ManaratPersistence
import Plot

/// The staff desk's home: who you are, today's date, and the areas your roles open.
enum StaffHomePage {
    struct Tile {
        let path: String
        let title: String
        let detail: String
    }

    struct Model {
        var displayName: String
        var roles: [Role]
        var branchName: String?
        var tiles: [Tile]
        var dueFollowUps: [DueFollowUp]
        var moreFollowUps: Int
        var overdueRequests: [RequestSummary]
        var dueSoonRequests: [RequestSummary]
        var unreadPolicies: Int
        var referredQuestions: [DueFollowUp]
        var expiringIdentities: [(BeneficiarySummary, GregorianDay)]
        var notices: [OutboxEntry] = []
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

    private static func partyPath(_ contact: Contact) -> String {
        switch contact.partyKind {
        case .beneficiary: return StaffURL.beneficiary(contact.partyID).path
        case .supporter: return StaffURL.supporter(contact.partyID).path
        case .volunteer: return StaffURL.volunteer(contact.partyID).path
        }
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        return Layout.render(
            title: strings[.deskTitle], context: context,
            content: .group(
                .h1(.text(strings.format(.deskGreeting, ["name": model.displayName]))),
                .div(
                    .class("card"),
                    .p(.strong(.text(strings[.today] + ": ")), .text(context.dates.dual(context.today))),
                    .p(
                        .strong(.text(strings[.yourRoles] + ": ")),
                        .forEach(model.roles) { .span(.class("badge"), .text(strings.role($0))) }),
                    .p(.strong(.text(strings[.yourBranch] + ": ")), .text(model.branchName ?? strings[.noBranch]))
                ),
                .if(
                    model.unreadPolicies > 0,
                    .div(
                        .class("alert alert-info"), .attribute(named: "role", value: "status"),
                        .p(
                            .text(strings[.libraryPendingBanner] + " "),
                            .a(.href(StaffURL.library.path), .text(strings[.navLibrary]))))),
                .if(
                    !model.notices.isEmpty,
                    .section(
                        .class("card"),
                        .h2(.text(strings[.deskNoticesTitle])),
                        .ul(
                            .class("timeline"),
                            .forEach(model.notices) { notice in
                                .li(
                                    .unwrap(notice.relatedID) {
                                        .a(
                                            .href(StaffURL.request($0).path),
                                            .text(strings.notificationEvent(notice.event)))
                                    },
                                    // The notice keeps the language it was written in, whatever the interface shows.
                                    .p(
                                        .attribute(named: "lang", value: notice.language.rawValue),
                                        .attribute(named: "dir", value: notice.language.isRightToLeft ? "rtl" : "ltr"),
                                        .text(notice.body.components(separatedBy: " http").first ?? notice.body)),
                                    .span(.class("muted"), .text(context.dates.dualWithTime(notice.createdAt))))
                            }))),
                requestList(model.overdueRequests, title: strings[.overdueRequestsTitle], context: context),
                .if(
                    !model.referredQuestions.isEmpty,
                    .section(
                        .class("card"),
                        .h2(.text(strings[.referredQuestionsTitle])),
                        .ul(
                            .class("timeline"),
                            .forEach(model.referredQuestions) { item in
                                .li(
                                    .a(.href(partyPath(item.contact)), .text(item.partyName)),
                                    .p(.text(item.contact.summary)),
                                    .form(
                                        .method(.post), .action(StaffURL.followUpDone(item.contact.id).path),
                                        .class("inline-form"), Layout.csrfField(context.csrfToken),
                                        .button(
                                            .type(.submit), .class("link-button"), .text(strings[.markFollowUpDone]))))
                            }))),
                .if(
                    !model.expiringIdentities.isEmpty,
                    .section(
                        .class("card"),
                        .h2(.text(strings[.expiringIdentitiesTitle])),
                        .ul(
                            .class("timeline"),
                            .forEach(model.expiringIdentities) { summary, day in
                                .li(
                                    .a(.href(StaffURL.beneficiary(summary.id).path), .text(summary.fullName)),
                                    .text(" — " + context.dates.dual(day)))
                            }))),
                requestList(model.dueSoonRequests, title: strings[.dueSoonTitle], context: context),
                .section(
                    .class("card"),
                    .h2(.text(strings[.dueFollowUpsTitle])),
                    .if(model.dueFollowUps.isEmpty, .p(.class("muted"), .text(strings[.noDueFollowUps]))),
                    .ul(
                        .class("timeline"),
                        .forEach(model.dueFollowUps) { item in
                            .li(
                                .a(.href(partyPath(item.contact)), .text(item.partyName)),
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
                                                        .overdueDays,
                                                        ["days": strings.days(day.days(until: context.today))])))))
                                },
                                .p(.class("muted"), .text(String(item.contact.summary.prefix(140))))
                            )
                        }),
                    .if(
                        model.moreFollowUps > 0,
                        .p(
                            .class("muted"),
                            .text(strings.format(.moreFollowUps, ["count": strings.number(model.moreFollowUps)]))))),
                .h2(.text(strings[.deskAreas])),
                .ul(
                    .class("tiles"),
                    .forEach(model.tiles) { tile in
                        .li(
                            .a(.href(tile.path), .strong(.text(tile.title)), .span(.class("muted"), .text(tile.detail)))
                        )
                    })
            ))
    }
}
