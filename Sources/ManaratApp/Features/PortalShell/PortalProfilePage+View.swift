import ManaratDomain
import Plot

extension PortalProfilePage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = PortalShellText(strings: strings)
        let errors = model.problems.map { FieldError(field: $0.field.rawValue, message: text.problem($0)) }
        let form = model.form
        typealias Field = PortalProfileForm.Field
        return Layout.render(
            title: strings[.portalNavProfile], context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(strings[.portalNavProfile])),
                .if(
                    model.saved,
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.savedNotice]))),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(PortalURL.profile.path),
                    Layout.csrfField(context.csrfToken),
                    .unwrap(form.version) { .input(.type(.hidden), .name(Field.version.rawValue), .value(String($0))) },
                    FormFields.text(
                        name: Field.phone.rawValue, label: strings[.phone], value: form.phone, errors: errors,
                        type: .tel, autocomplete: "tel", required: true, direction: "ltr"),
                    FormFields.text(
                        name: Field.phoneOther.rawValue, label: strings[.phoneOther], value: form.phoneOther,
                        errors: errors, type: .tel, direction: "ltr"),
                    FormFields.text(
                        name: Field.city.rawValue, label: strings[.city], value: form.city, errors: errors,
                        required: true),
                    FormFields.text(
                        name: Field.district.rawValue, label: strings[.district], value: form.district, errors: errors),
                    FormFields.text(
                        name: Field.address.rawValue, label: strings[.address], value: form.address, errors: errors),
                    FormFields.select(
                        name: Field.preferredChannel.rawValue, label: strings[.preferredChannel],
                        options: PortalProfileForm.channels.map { (value: $0.rawValue, label: strings.channel($0)) },
                        selected: form.preferredChannel, errors: errors),
                    FormFields.select(
                        name: Field.preferredLanguage.rawValue, label: strings[.preferredLanguage],
                        options: Language.allCases.map { (value: $0.rawValue, label: text.ownName($0)) },
                        selected: form.preferredLanguage, errors: errors),
                    .div(.class("actions"), .button(.type(.submit), .text(strings[.save]))))
            ))
    }
}
