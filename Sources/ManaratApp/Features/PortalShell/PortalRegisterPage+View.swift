import ManaratDomain
import Plot

extension PortalRegisterPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = PortalShellText(strings: strings)
        let errors = model.problems.map { FieldError(field: $0.field.rawValue, message: text.problem($0)) }
        let form = model.form
        typealias Field = PortalRegisterForm.Field
        return Layout.render(
            title: text.portalRegisterTitle, context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(text.portalRegisterTitle)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(PortalURL.register.path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.select(
                        name: Field.identityType.rawValue, label: strings[.identityType],
                        options: [IdentityType.nationalID, .iqama].map {
                            (value: $0.rawValue, label: strings.identityType($0))
                        }, selected: form.identityType, errors: errors),
                    FormFields.text(
                        name: Field.identityNumber.rawValue, label: strings[.identityNumber],
                        value: form.identityNumber, errors: errors, autocomplete: "off", required: true,
                        direction: "ltr"),
                    FormFields.text(
                        name: Field.firstName.rawValue, label: strings[.firstName], value: form.firstName,
                        errors: errors, autocomplete: "given-name", required: true),
                    FormFields.text(
                        name: Field.fatherName.rawValue, label: strings[.fatherName], value: form.fatherName,
                        errors: errors, required: true),
                    FormFields.text(
                        name: Field.familyName.rawValue, label: strings[.familyName], value: form.familyName,
                        errors: errors, autocomplete: "family-name", required: true),
                    FormFields.text(
                        name: Field.phone.rawValue, label: strings[.phone], value: form.phone, errors: errors,
                        type: .tel, autocomplete: "tel", required: true, example: "05XXXXXXXX", direction: "ltr"),
                    FormFields.text(
                        name: Field.city.rawValue, label: strings[.city], value: form.city, errors: errors,
                        required: true),
                    .div(
                        .class("alert alert-info"),
                        .p(.text(strings.format(.consentText, ["version": PrivacyNotice.currentVersion])))),
                    .unwrap(errors.first { $0.field == Field.consent.rawValue }) {
                        .p(.class("error"), .id("consent-error"), .text($0.message))
                    },
                    FormFields.checkbox(
                        name: Field.consent.rawValue, label: text.portalConsentCheckbox,
                        checked: form.consent == "on"),
                    .div(.class("actions"), .button(.type(.submit), .text(text.portalRegisterButton))))
            ))
    }
}
