import ManaratDomain
import Plot

/// The needs assessment's inputs, for the assessment page and for the research report that
/// updates the assessment.
enum NeedsFields {
    /// The inputs holding `form`, with `errors` next to their fields.
    static func render(_ form: NeedsForm, errors: [FieldError], strings: Strings) -> Node<HTML.FormContext> {
        let text = NeedsText(strings: strings)
        typealias Field = NeedsForm.Field
        return .div(
            .class("grid-2"),
            FormFields.text(
                name: Field.monthlyIncome.rawValue, label: strings[.monthlyIncome], value: form.monthlyIncome,
                errors: errors, hint: strings[.amountHint], direction: "ltr"),
            FormFields.text(
                name: Field.householdSize.rawValue, label: strings[.householdSize], value: form.householdSize,
                errors: errors, direction: "ltr"),
            FormFields.text(
                name: Field.monthlyRent.rawValue, label: strings[.monthlyRent], value: form.monthlyRent,
                errors: errors, direction: "ltr"),
            FormFields.text(
                name: Field.debts.rawValue, label: strings[.debts], value: form.debts, errors: errors,
                direction: "ltr"),
            FormFields.select(
                name: Field.housing.rawValue, label: strings[.housingType],
                options: HousingType.allCases.map { (value: $0.rawValue, label: strings.housing($0)) },
                selected: form.housing, errors: errors),
            FormFields.text(
                name: Field.chronicIllnessCount.rawValue, label: text.chronicIllnessCount,
                value: form.chronicIllnessCount, errors: errors, direction: "ltr"),
            FormFields.text(
                name: Field.disabilityCount.rawValue, label: text.disabilityCount, value: form.disabilityCount,
                errors: errors, direction: "ltr"),
            FormFields.text(
                name: Field.dependantsUnder18.rawValue, label: text.dependantsUnder18, value: form.dependantsUnder18,
                errors: errors, direction: "ltr"),
            FormFields.text(
                name: Field.elderlyCount.rawValue, label: text.elderlyCount, value: form.elderlyCount, errors: errors,
                direction: "ltr"))
    }
}
