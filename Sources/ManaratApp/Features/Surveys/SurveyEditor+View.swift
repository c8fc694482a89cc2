import Foundation
import ManaratDomain
import Plot

extension SurveyEditor {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        typealias Field = SurveyForm.Field
        let strings = context.strings
        let text = SurveyText(strings: strings)
        let errors = text.errors(model.problems)
        let form = model.form
        return Layout.render(
            title: strings[.surveysTitle], context: context,
            content: .group(
                .h1(.text(text.editorTitle(model.scope))),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.surveyEdit(model.scope.code).path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: Field.titleArabic.rawValue, label: text.surveyTitleArabic,
                        value: form.titleArabic ?? "", errors: errors, required: true),
                    FormFields.text(
                        name: Field.titleEnglish.rawValue, label: text.surveyTitleEnglish,
                        value: form.titleEnglish ?? "", errors: errors, required: true, direction: "ltr"),
                    FormFields.textArea(
                        name: Field.questions.rawValue, label: text.surveyQuestions, value: form.questions ?? "",
                        errors: errors, rows: 5, hint: text.surveyQuestionsHint),
                    FormFields.checkbox(
                        name: Field.active.rawValue, label: text.surveyActive, checked: form.active == "on"),
                    .button(.type(.submit), .text(strings[.save])))
            ))
    }
}
