import Plot

extension AssessmentPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = NeedsText(strings: strings)
        let errors = text.errors(model.problems)
        return Layout.render(
            title: strings[.newAssessment], context: context,
            content: .div(
                .class("card"),
                .h1(.text(strings[.newAssessment] + " — " + model.beneficiaryName)),
                .p(.class("muted"), .text(text.assessmentExplain(threshold: strings.money(model.threshold)))),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.beneficiaryAssessment(model.beneficiaryID).path),
                    Layout.csrfField(context.csrfToken),
                    NeedsFields.render(model.form, errors: errors, strings: strings),
                    .div(
                        .class("actions"), .button(.type(.submit), .text(text.calculateAndSave)),
                        .a(.href(StaffURL.beneficiary(model.beneficiaryID).path), .text(strings[.cancel])))
                )
            ))
    }
}
