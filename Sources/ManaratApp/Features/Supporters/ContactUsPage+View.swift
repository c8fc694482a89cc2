import ManaratDomain
import Plot

extension ContactUsPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        typealias Field = ContactUsForm.Field
        let strings = context.strings
        let text = SupporterText(strings: strings)
        let errors = SupporterText(strings: strings).errors(model.problems)
        let form = model.form
        return Layout.render(
            title: text.contactTitle, context: context,
            content: .group(
                .h1(.text(text.contactTitle)),
                .section(
                    .class("card"), .h2(.text(strings[.homeChannels])),
                    .ul(.forEach(ContactChannel.allCases) { .li(.text(strings.channel($0))) })),
                .section(
                    .class("card"), .h2(.text(strings[.navBranches])),
                    .ul(.forEach(model.branches) { .li(.text($0.name(in: context.language) + " — " + $0.city)) })),
                .section(
                    .class("card narrow"),
                    .h2(.text(text.supporterFormTitle)),
                    .p(.class("muted"), .text(text.supporterFormIntro)),
                    .if(
                        model.sent,
                        .div(
                            .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                            .text(text.contactSent))),
                    FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                    .form(
                        .method(.post), .action(PublicURL.contact.path),
                        Layout.csrfField(context.csrfToken),
                        FormFields.text(
                            name: Field.name.rawValue, label: strings[.fullName], value: form.name, errors: errors,
                            autocomplete: "name", required: true),
                        FormFields.text(
                            name: Field.organization.rawValue, label: text.organizationOptional,
                            value: form.organization, errors: errors, autocomplete: "organization"),
                        FormFields.text(
                            name: Field.phone.rawValue, label: strings[.phone], value: form.phone, errors: errors,
                            type: .tel, autocomplete: "tel", example: "05XXXXXXXX", direction: "ltr"),
                        FormFields.text(
                            name: Field.email.rawValue, label: strings[.emailOptional], value: form.email,
                            errors: errors, type: .email, autocomplete: "email", direction: "ltr"),
                        FormFields.textArea(
                            name: Field.message.rawValue, label: text.contactMessage, value: form.message,
                            errors: errors, rows: 4),
                        .p(.class("muted"), .text(text.contactPrivacy)),
                        .div(.class("actions"), .button(.type(.submit), .text(strings[.sendApplication])))))
            ))
    }
}
