import Foundation
import ManaratDomain
import Plot

extension InquiryRecordPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = InquiryText(strings: strings)
        let (beneficiary, form) = (model.beneficiary, model.form)
        let errors = InquiryText(strings: strings).errors(model.problems)
        return Layout.render(
            title: text.inquiryRecordTitle, context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(text.inquiryRecordTitle + " — " + beneficiary.name.full)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.inquiryNew(beneficiary.id).path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.select(
                        name: InquiryForm.Field.channel.rawValue, label: strings[.channelLabel],
                        options: ContactChannel.allCases.map { (value: $0.rawValue, label: strings.channel($0)) },
                        selected: form.channel, errors: errors),
                    FormFields.select(
                        name: InquiryForm.Field.category.rawValue, label: strings[.inquiryCategory],
                        options: InquiryCategory.allCases.map {
                            (value: $0.rawValue, label: strings.inquiryCategory($0))
                        }, selected: form.category, errors: errors),
                    FormFields.textArea(
                        name: InquiryForm.Field.question.rawValue, label: text.inquiryQuestion,
                        value: form.question, errors: errors,
                        rows: 4),
                    .div(
                        .class("actions"), .button(.type(.submit), .text(strings[.save])),
                        .a(.href(StaffURL.beneficiary(beneficiary.id).path), .text(strings[.cancel]))))
            ))
    }
}
