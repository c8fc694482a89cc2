import ManaratDomain
import Plot

extension NotificationSettingsPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = NotificationsText(strings: strings)
        let errors = model.problem.map { [FieldError(field: $0.field.rawValue, message: text.problem($0))] } ?? []
        let options = model.offered.map {
            ($0.rawValue, $0 == .portal ? text.notificationInboxOnly : strings.notificationChannel($0))
        }
        return Layout.render(
            title: strings[.notificationSettingsTitle], context: context,
            content: .group(
                .h1(.text(strings[.notificationSettingsTitle])),
                .if(
                    model.saved,
                    .p(.class("alert"), .attribute(named: "role", value: "status"), .text(strings[.savedNotice]))),
                .p(.text(text.notificationSettingsExplain)),
                .form(
                    .method(.post), .action(PortalURL.notificationSettings.path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.select(
                        name: NotificationSettingsForm.Field.channel.rawValue, label: text.notificationChannelLabel,
                        options: options, selected: model.form.channel, errors: errors),
                    .if(
                        model.offersEmail,
                        FormFields.text(
                            name: NotificationSettingsForm.Field.email.rawValue, label: strings[.channelNameEmail],
                            value: model.form.email, errors: errors, type: .email, autocomplete: "email",
                            direction: "ltr")),
                    FormFields.checkbox(
                        name: NotificationSettingsForm.Field.optedOut.rawValue, label: text.notificationOptOut,
                        checked: model.form.optedOut == "on"),
                    .button(.type(.submit), .text(strings[.save])))
            ))
    }
}
