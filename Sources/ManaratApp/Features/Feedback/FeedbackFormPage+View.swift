import ManaratDomain
import Plot

extension FeedbackFormPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        typealias Field = FeedbackForm.Field
        let strings = context.strings
        let text = FeedbackText(strings: strings)
        let errors = FeedbackText(strings: strings).errors(model.problems)
        let form = model.form
        return Layout.render(
            title: strings[.feedbackFormTitle], context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(strings[.feedbackFormTitle])),
                .p(.text(text.feedbackIntro)),
                .unwrap(model.sent) { reference in
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(text.feedbackThanks + " "), .span(.class("ltr"), .text(reference)))
                },
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(PublicURL.feedback.path),
                    Layout.csrfField(context.csrfToken),
                    Layout.submissionField(context),
                    FormFields.select(
                        name: Field.kind.rawValue, label: text.feedbackKindLabel,
                        options: FeedbackKind.allCases.map { (value: $0.rawValue, label: strings.feedbackKind($0)) },
                        selected: form.kind, errors: errors),
                    FormFields.textArea(
                        name: Field.text.rawValue, label: text.feedbackText, value: form.text, errors: errors,
                        rows: 5),
                    .if(
                        !model.signedIn,
                        .group(
                            .p(.class("muted"), .text(text.feedbackAnonymousHint)),
                            FormFields.text(
                                name: Field.name.rawValue, label: text.nameOptional, value: form.name,
                                errors: errors, autocomplete: "name"),
                            FormFields.text(
                                name: Field.phone.rawValue, label: text.phoneOptional, value: form.phone,
                                errors: errors, type: .tel, autocomplete: "tel", example: "05XXXXXXXX",
                                direction: "ltr"))),
                    .div(.class("actions"), .button(.type(.submit), .text(strings[.send]))))
            ))
    }
}
