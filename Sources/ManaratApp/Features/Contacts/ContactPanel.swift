import Foundation
import ManaratDomain
import Plot

/// The form that logs a contact on any channel, and the timeline that lists contacts; shared by
/// beneficiaries, supporters and volunteers.
enum ContactPanel {
    static func render(
        action: String, context: PageContext, errors: [FieldError], researchers: [StaffMember] = [],
        branches: [Branch] = []
    ) -> Node<HTML.BodyContext> {
        let strings = context.strings
        return .element(
            named: "details",
            nodes: [
                .element(named: "summary", nodes: [.text(strings[.logContact])]),
                .form(
                    .method(.post), .action(action),
                    Layout.csrfField(context.csrfToken),
                    Layout.submissionField(context),
                    .div(
                        .class("grid-2"),
                        FormFields.select(
                            name: ContactForm.Field.channel.rawValue, label: strings[.channelLabel],
                            options: ContactChannel.allCases.map { (value: $0.rawValue, label: strings.channel($0)) },
                            selected: nil, errors: errors),
                        FormFields.select(
                            name: ContactForm.Field.direction.rawValue, label: strings[.directionLabel],
                            options: ContactDirection.allCases.map {
                                (value: $0.rawValue, label: strings.direction($0))
                            }, selected: nil, errors: errors)),
                    FormFields.textArea(
                        name: ContactForm.Field.summary.rawValue, label: strings[.contactSummary], value: nil,
                        errors: errors),
                    .if(
                        !branches.isEmpty,
                        FormFields.select(
                            name: ContactForm.Field.branchID.rawValue, label: strings[.branch],
                            options: [(value: "", label: strings[.noBranch])]
                                + branches.filter(\.isActive).map {
                                    (value: $0.id.uuidString.lowercased(), label: $0.name(in: context.language))
                                }, selected: context.staff?.branchID?.uuidString.lowercased() ?? "", errors: errors)),
                    FormFields.date(
                        name: ContactForm.Field.followUpOn.rawValue, label: strings[.followUpOn], value: nil,
                        calendar: "hijri", errors: errors,
                        strings: strings),
                    .if(
                        !researchers.isEmpty,
                        FormFields.select(
                            name: ContactForm.Field.referTo.rawValue, label: strings[.referQuestionTo],
                            options: [(value: "", label: strings[.noReferral])]
                                + researchers.map { (value: $0.id.uuidString.lowercased(), label: $0.displayName) },
                            selected: nil, errors: errors)),
                    .div(.class("actions"), .button(.type(.submit), .text(strings[.logContact])))
                ),
            ])
    }

    /// The timeline of `lines`, newest first as given.
    static func timeline(_ lines: [ContactLine], context: PageContext, mayMarkDone: Bool) -> Node<HTML.BodyContext> {
        timeline(lines.map { ($0.contact, $0.recordedBy) }, context: context, mayMarkDone: mayMarkDone)
    }

    static func timeline(_ contacts: [(Contact, String)], context: PageContext, mayMarkDone: Bool) -> Node<
        HTML.BodyContext
    > {
        let strings = context.strings
        return .ul(
            .class("timeline"),
            .forEach(contacts) { contact, staffName in
                .li(
                    .strong(.text(strings.channel(contact.channel) + " — " + strings.direction(contact.direction))),
                    .br(),
                    .span(
                        .class("muted"),
                        .text(
                            context.dates.dualWithTime(contact.occurredAt)
                                + (staffName.isEmpty ? "" : " — " + staffName))),
                    .p(.text(contact.summary)),
                    .unwrap(contact.followUpOn) { day in
                        .p(
                            .text(strings[.followUpOn] + ": " + context.dates.dual(day) + " "),
                            .if(contact.followUpDone, .span(.class("badge"), .text(strings[.followUpDoneLabel]))),
                            .if(
                                !contact.followUpDone && day < context.today,
                                .span(
                                    .class("flag"),
                                    .text(
                                        strings.format(
                                            .overdueDays, ["days": strings.days(day.days(until: context.today))])))),
                            .if(
                                !contact.followUpDone && mayMarkDone,
                                .form(
                                    .method(.post), .action(StaffURL.followUpDone(contact.id).path),
                                    .class("inline-form"),
                                    Layout.csrfField(context.csrfToken),
                                    .button(.type(.submit), .class("link-button"), .text(strings[.markFollowUpDone]))))
                        )
                    }
                )
            })
    }
}
