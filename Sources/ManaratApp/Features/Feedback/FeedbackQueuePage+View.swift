import ManaratDomain
import Plot

extension FeedbackQueuePage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        typealias Field = FeedbackForm.Field
        let strings = context.strings
        let text = FeedbackText(strings: strings)
        let errors = text.errors(model.problems)
        let open = model.items
        return Layout.render(
            title: text.feedbackTitle, context: context,
            content: .group(
                .h1(.text(text.feedbackTitle)),
                .element(
                    named: "details",
                    nodes: [
                        .if(!errors.isEmpty, .attribute(named: "open", value: "open")),
                        .element(named: "summary", nodes: [.text(text.feedbackRecordTitle)]),
                        FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                        .form(
                            .method(.post), .action(StaffURL.feedbackNew.path),
                            Layout.csrfField(context.csrfToken),
                            .div(
                                .class("grid-2"),
                                FormFields.select(
                                    name: Field.kind.rawValue, label: text.feedbackKindLabel,
                                    options: FeedbackKind.allCases.map {
                                        (value: $0.rawValue, label: strings.feedbackKind($0))
                                    }, selected: FeedbackKind.complaint.rawValue, errors: errors),
                                FormFields.select(
                                    name: Field.channel.rawValue, label: strings[.channelLabel],
                                    options: ContactChannel.allCases.map {
                                        (value: $0.rawValue, label: strings.channel($0))
                                    }, selected: ContactChannel.phone.rawValue, errors: errors),
                                FormFields.text(
                                    name: Field.identityNumber.rawValue, label: strings[.identityNumber], value: nil,
                                    errors: errors, hint: text.feedbackIdentityHint, direction: "ltr"),
                                FormFields.text(
                                    name: Field.phone.rawValue, label: strings[.phone], value: nil, errors: errors,
                                    type: .tel, direction: "ltr"),
                                FormFields.text(
                                    name: Field.name.rawValue, label: strings[.fullName], value: nil, errors: errors)
                            ),
                            FormFields.textArea(
                                name: Field.text.rawValue, label: text.feedbackText, value: nil, errors: errors,
                                rows: 3),
                            .div(.class("actions"), .button(.type(.submit), .text(strings[.save])))),
                    ]),
                .if(open.isEmpty, .p(.class("card"), .text(strings[.noRecordsYet]))),
                .if(
                    !open.isEmpty,
                    DataTable.render(
                        headers: [
                            strings[.requestReference], text.feedbackKindLabel, strings[.status],
                            strings[.dueOn],
                        ],
                        rows: open.map { record in
                            [
                                .a(
                                    .href(StaffURL.feedbackItem(record.id).path),
                                    .span(.class("ltr nowrap"), .text(record.reference))),
                                .group(
                                    .text(
                                        strings.feedbackKind(record.kind)
                                            + (record.appeals > 0 ? " — " + strings[.appealed] : "")
                                            + (record.category.map { " — " + text.category($0) } ?? "")),
                                    .if(
                                        record.priority == .urgent,
                                        .group(
                                            .text(" "),
                                            .span(.class("flag"), .text(text.priority(.urgent)))))),
                                .span(.class("badge"), .text(strings.feedbackStatus(record.status))),
                                .group(
                                    context.dates.cell(record.dueOn),
                                    .if(
                                        record.dueOn < context.today,
                                        .group(
                                            .br(),
                                            .span(
                                                .class("flag"),
                                                .text(
                                                    text.escalated + " — "
                                                        + strings.format(
                                                            .overdueDays,
                                                            [
                                                                "days": strings.days(
                                                                    record.dueOn.days(until: context.today))
                                                            ])))))),
                            ]
                        }))
            ))
    }
}
