import ManaratDomain
import Plot

extension PortalFeedbackPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = FeedbackText(strings: strings)
        let record = model.item
        return Layout.render(
            title: strings.feedbackKind(record.kind), context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(strings.feedbackKind(record.kind))),
                .p(
                    .span(.class("badge ltr"), .text(record.reference)), .text(" "),
                    .span(.class("badge"), .text(strings.feedbackStatus(record.status)))),
                .p(.text(record.text)),
                .if(
                    record.status != .closed,
                    .p(
                        .class("alert alert-info"),
                        .text(strings.format(.inquiryAnswerBy, ["date": context.dates.dual(record.dueOn)])))),
                .if(
                    record.status == .closed,
                    .group(
                        .h2(.text(text.feedbackResponse)), .p(.text(record.response)),
                        .unwrap(record.action) { action in
                            .p(.strong(.text(text.improvementTaken + ": ")), .text(action.what))
                        },
                        .if(
                            FeedbackRules.mayAppeal(status: record.status, appeals: record.appeals),
                            .form(
                                .method(.post), .action(PortalURL.feedbackAppeal(record.id).path),
                                Layout.csrfField(context.csrfToken),
                                FormFields.textArea(
                                    name: FeedbackAppealForm.Field.appeal.rawValue, label: text.appealLabel,
                                    value: nil, errors: [], rows: 3),
                                .button(.type(.submit), .class("button-secondary"), .text(text.appealButton))))
                    )),
                .if(record.appeals > 0, .p(.class("muted"), .text(text.appealRecorded)))
            ))
    }
}
