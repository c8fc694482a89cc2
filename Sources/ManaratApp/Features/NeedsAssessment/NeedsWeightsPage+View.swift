import Plot

extension NeedsWeightsPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = NeedsText(strings: strings)
        let errors = text.errors(model.problems)
        let form = model.form
        typealias Field = NeedsWeightsForm.Field
        let inputs: [(Field, String, String?)] = [
            (.incomeThresholdPerMember, text.incomeThreshold, form.incomeThresholdPerMember),
            (.income, text.weightIncome, form.income), (.housing, text.weightHousing, form.housing),
            (.health, text.weightHealth, form.health), (.dependants, text.weightDependants, form.dependants),
            (.debts, text.weightDebts, form.debts),
        ]
        return Layout.render(
            title: strings[.needsWeightsTitle], context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(strings[.needsWeightsTitle])),
                .p(.class("muted"), .text(text.needsWeightsExplain)),
                .if(
                    model.saved,
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.savedNotice]))),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.needsWeights.path),
                    Layout.csrfField(context.csrfToken),
                    .forEach(inputs) { field, label, value in
                        FormFields.text(
                            name: field.rawValue, label: label, value: value, errors: errors, direction: "ltr")
                    },
                    .div(.class("actions"), .button(.type(.submit), .text(strings[.save])))
                )
            ))
    }
}
