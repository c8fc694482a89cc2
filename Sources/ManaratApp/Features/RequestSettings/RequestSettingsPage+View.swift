import Foundation
import ManaratDomain
import Plot

extension RequestSettingsPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = RequestSettingsText(strings: strings)
        let errors = RequestSettingsText(strings: strings).errors(model.problems)
        return Layout.render(
            title: text.requestSettingsTitle, context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(text.requestSettingsTitle)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.requestSettings.path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: RequestSettingsForm.Field.workingDays.rawValue, label: strings[.responseWorkingDays],
                        value: model.form.workingDays, errors: errors,
                        hint: text.responseWorkingDaysHint, direction: "ltr"),
                    FormFields.text(
                        name: RequestSettingsForm.Field.quorum.rawValue, label: strings[.committeeQuorum],
                        value: model.form.quorum, errors: errors,
                        direction: "ltr"),
                    FormFields.text(
                        name: RequestSettingsForm.Field.inquiryDays.rawValue, label: text.inquiryAnswerWorkingDays,
                        value: model.form.inquiryDays,
                        errors: errors, direction: "ltr"),
                    .div(.class("actions"), .button(.type(.submit), .text(strings[.save]))))
            ))
    }
}
