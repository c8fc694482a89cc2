import Foundation
import ManaratDomain
import Plot

extension PortalAskPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = InquiryText(strings: strings)
        let form = model.form
        let errors = InquiryText(strings: strings).errors(model.problems)
        return Layout.render(
            title: strings[.portalAskTitle], context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(strings[.portalAskTitle])),
                .p(.text(text.portalAskIntro + " "), .a(.href(PublicURL.faq.path), .text(strings[.faqTitle]))),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(PortalURL.ask.path), .enctype(.multipartData),
                    Layout.csrfField(context.csrfToken),
                    Layout.submissionField(context),
                    FormFields.select(
                        name: InquiryForm.Field.category.rawValue, label: strings[.inquiryCategory],
                        options: InquiryCategory.allCases.map {
                            (value: $0.rawValue, label: strings.inquiryCategory($0))
                        }, selected: form.category, errors: errors),
                    FormFields.textArea(
                        name: InquiryForm.Field.question.rawValue, label: text.inquiryQuestion,
                        value: form.question, errors: errors,
                        rows: 4),
                    FormFields.file(
                        name: InquiryForm.Field.attachment.rawValue, label: text.inquiryAttachmentLabel,
                        hint: text.inquiryAttachmentHint, errors: errors),
                    .div(.class("actions"), .button(.type(.submit), .text(strings[.send]))))
            ))
    }
}
