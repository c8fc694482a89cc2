import Plot

extension VolunteerApplicationPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        typealias Field = VolunteerForm.Field
        let strings = context.strings
        let text = VolunteerText(strings: strings)
        let errors = VolunteerText(strings: strings).errors(model.problems)
        let form = model.form
        let title = model.isPublic ? text.volunteerApplyTitle : text.volunteerNewTitle
        return Layout.render(
            title: title, context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(title)),
                .if(model.isPublic, .p(.text(text.volunteerApplyIntro))),
                .if(model.isPublic, .p(.class("muted"), .text(text.volunteerPrivacy))),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post),
                    .action(model.isPublic ? PublicURL.volunteerApply.path : StaffURL.volunteerNew.path),
                    Layout.csrfField(context.csrfToken),
                    Layout.submissionField(context),
                    FormFields.text(
                        name: Field.fullName.rawValue, label: strings[.fullName], value: form.fullName,
                        errors: errors, autocomplete: "name", required: true),
                    FormFields.text(
                        name: Field.phone.rawValue, label: strings[.phone], value: form.phone, errors: errors,
                        type: .tel, autocomplete: "tel", required: true, hint: strings[.phoneHint],
                        example: "05XXXXXXXX", direction: "ltr"),
                    FormFields.text(
                        name: Field.email.rawValue, label: strings[.emailOptional], value: form.email,
                        errors: errors, type: .email, autocomplete: "email", direction: "ltr"),
                    FormFields.text(
                        name: Field.city.rawValue, label: strings[.city], value: form.city, errors: errors,
                        required: true),
                    FormFields.textArea(
                        name: Field.skills.rawValue, label: strings[.skills], value: form.skills, errors: errors,
                        hint: text.skillsHint),
                    FormFields.textArea(
                        name: Field.availability.rawValue, label: strings[.availability], value: form.availability,
                        errors: errors, rows: 2, hint: text.availabilityHint),
                    .div(
                        .class("actions"),
                        .button(.type(.submit), .text(model.isPublic ? strings[.sendApplication] : strings[.save])))
                )
            ))
    }
}
