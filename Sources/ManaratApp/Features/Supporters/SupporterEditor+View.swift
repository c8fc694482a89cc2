import ManaratDomain
import Plot

extension SupporterEditor {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        typealias Field = SupporterForm.Field
        let strings = context.strings
        let text = SupporterText(strings: strings)
        let errors = SupporterText(strings: strings).errors(model.problems)
        let form = model.form
        let title = model.supporterID == nil ? text.supporterNewTitle : text.supporterEditTitle
        return Layout.render(
            title: title, context: context,
            content: .div(
                .class("card"),
                .h1(.text(title)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post),
                    .action(model.supporterID.map { StaffURL.supporterEdit($0).path } ?? StaffURL.supporterNew.path),
                    Layout.csrfField(context.csrfToken),
                    Layout.submissionField(context),
                    .div(
                        .class("grid-2"),
                        FormFields.select(
                            name: Field.kind.rawValue, label: text.supporterKind,
                            options: SupporterKind.allCases.map {
                                (value: $0.rawValue, label: strings.supporterKind($0))
                            }, selected: form.kind, errors: errors),
                        FormFields.text(
                            name: Field.name.rawValue, label: text.supporterName, value: form.name,
                            errors: errors, required: true),
                        FormFields.text(
                            name: Field.contactPerson.rawValue, label: strings[.contactPerson],
                            value: form.contactPerson, errors: errors),
                        FormFields.text(
                            name: Field.phone.rawValue, label: strings[.phone], value: form.phone, errors: errors,
                            type: .tel, example: "05XXXXXXXX", direction: "ltr"),
                        FormFields.text(
                            name: Field.email.rawValue, label: strings[.email], value: form.email, errors: errors,
                            type: .email, direction: "ltr"),
                        FormFields.text(
                            name: Field.city.rawValue, label: strings[.city], value: form.city, errors: errors)),
                    FormFields.checkboxes(
                        name: Field.allowedChannels.rawValue, legend: strings[.allowedChannels],
                        options: ContactChannel.allCases.map { (value: $0.rawValue, label: strings.channel($0)) },
                        checked: Set(form.allowedChannels ?? []), errors: errors),
                    FormFields.checkbox(
                        name: Field.wantsNews.rawValue, label: strings[.wantsNews], checked: form.wantsNews == "on"),
                    FormFields.textArea(
                        name: Field.notes.rawValue, label: strings[.notes], value: form.notes, errors: errors),
                    .div(
                        .class("actions"), .button(.type(.submit), .text(strings[.save])),
                        .a(
                            .href(model.supporterID.map { StaffURL.supporter($0).path } ?? StaffURL.supporters.path),
                            .text(strings[.cancel])))
                )
            ))
    }
}
