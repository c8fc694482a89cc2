import Foundation
import ManaratDomain
import Plot

extension ArticleEditor {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let text = KnowledgeBaseText(strings: context.strings)
        let strings = context.strings
        let errors = model.problems.map { FieldError(field: $0.rawValue, message: text.required($0)) }
        let form = model.form
        let title = model.articleID == nil ? text.newArticle : text.editArticle
        return Layout.render(
            title: title, context: context,
            content: .div(
                .class("card"),
                .h1(.text(title)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post),
                    .action(model.articleID.map { StaffURL.articleEdit($0).path } ?? StaffURL.articleNew.path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.select(
                        name: ArticleForm.Field.category.rawValue, label: text.topic,
                        options: ArticleCategory.allCases.map { (value: $0.rawValue, label: text.category($0)) },
                        selected: form.category, errors: errors),
                    FormFields.checkbox(
                        name: ArticleForm.Field.isPublic.rawValue, label: text.isPublic, checked: form.isPublic == "on"),
                    FormFields.text(
                        name: ArticleForm.Field.titleArabic.rawValue, label: text.titleArabic, value: form.titleArabic,
                        errors: errors, required: true),
                    FormFields.textArea(
                        name: ArticleForm.Field.bodyArabic.rawValue, label: text.bodyArabic, value: form.bodyArabic,
                        errors: errors, rows: 10, hint: text.markdownHint),
                    FormFields.text(
                        name: ArticleForm.Field.titleEnglish.rawValue, label: text.titleEnglish,
                        value: form.titleEnglish,
                        errors: errors, direction: "ltr"),
                    FormFields.textArea(
                        name: ArticleForm.Field.bodyEnglish.rawValue, label: text.bodyEnglish, value: form.bodyEnglish,
                        errors: errors, rows: 6),
                    .div(
                        .class("actions"), .button(.type(.submit), .text(strings[.save])),
                        .a(.href(StaffURL.knowledgeBase.path), .text(strings[.cancel])))),
                .if(
                    !model.history.isEmpty,
                    .section(
                        .h2(.text(text.versions)),
                        .ul(
                            .forEach(model.history) {
                                .li(
                                    .text(
                                        strings.number($0.version) + " — " + $0.editedBy + " — "
                                            + context.dates.dualWithTime($0.editedAt)))
                            })))
            ))
    }
}
