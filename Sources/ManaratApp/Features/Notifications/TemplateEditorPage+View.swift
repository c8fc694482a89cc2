import ManaratDomain
import Plot

extension TemplateEditorPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = NotificationsText(strings: strings)
        let key = model.key
        let body = model.form.body ?? ""
        let errors = model.problems.map { FieldError(field: $0.field.rawValue, message: text.problem($0)) }
        let length = SMSLength(
            MessageTemplate(body).render(Dictionary(uniqueKeysWithValues: key.event.placeholders.map { ($0, "") })))
        return Layout.render(
            title: strings[.templatesTitle], context: context,
            content: .group(
                .h1(
                    .text(
                        strings.notificationEvent(key.event) + " — " + strings.notificationChannel(key.channel) + " — "
                            + strings.languageName(key.language))),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.templateEdit(key.event, key.channel, key.language).path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: TemplateForm.Field.subject.rawValue,
                        label: key.channel == .whatsapp ? text.templateWhatsAppName : text.templateSubject,
                        value: model.form.subject, errors: errors, direction: key.channel == .whatsapp ? "ltr" : nil),
                    FormFields.textArea(
                        name: TemplateForm.Field.body.rawValue, label: text.templateBody, value: body, errors: errors,
                        rows: 5, hint: text.templatePlaceholders(key.event.placeholders.sorted())),
                    .p(
                        .class("hint"),
                        .text(
                            text.templateLength(
                                units: length.units, encoding: length.encoding == .gsm7 ? "GSM-7" : "UCS-2",
                                parts: length.parts))),
                    .button(.type(.submit), .text(strings[.save])))
            ))
    }
}
