import Foundation
import ManaratDomain
import Plot

extension InquiryPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = InquiryText(strings: strings)
        let (inquiry, attachment) = (model.inquiry, model.attachment)
        let errors = InquiryText(strings: strings).errors(model.problems)
        return Layout.render(
            title: inquiry.reference, context: context,
            content: .div(
                .class("card"),
                .h1(
                    .span(.class("ltr"), .text(inquiry.reference)), .text(" — "),
                    .a(.href(StaffURL.beneficiary(inquiry.beneficiaryID).path), .text(model.beneficiaryName))
                ),
                .p(
                    .span(.class("badge"), .text(strings.inquiryStatus(inquiry.status))),
                    .text(
                        " " + strings.inquiryCategory(inquiry.category) + " — " + strings.channel(inquiry.channel))),
                .p(
                    .strong(.text(text.inquiryAnswerDue + ": ")),
                    .text(context.dates.dual(inquiry.answerDueOn)),
                    .if(
                        inquiry.isOverdue(on: context.today),
                        .group(
                            .text(" "),
                            .span(
                                .class("flag"),
                                .text(
                                    strings.format(
                                        .overdueDays,
                                        ["days": strings.days(inquiry.answerDueOn.days(until: context.today))])))))),
                .h2(.text(text.inquiryQuestion)), .p(.text(inquiry.question)),
                .unwrap(attachment) { file in
                    .p(
                        .a(
                            .href(StaffURL.inquiryAttachment(inquiry.id).path),
                            .text(text.inquiryAttachmentDownload)), .text(" — "),
                        .element(named: "bdi", text: file.originalName))
                },
                .if(
                    !errors.isEmpty,
                    .div(
                        .class("alert alert-error"), .attribute(named: "role", value: "alert"),
                        .ul(.forEach(errors) { .li(.text($0.message)) }))),
                .if(
                    inquiry.status == .answered,
                    .group(
                        .h2(.text(strings[.inquiryAnswer])), .p(.text(inquiry.answer)),
                        .p(
                            .class("muted"),
                            .text(
                                inquiry.answeredBy
                                    + (inquiry.answeredAt.map { " — " + context.dates.dualWithTime($0) } ?? ""))))),
                .if(
                    inquiry.status != .answered && model.mayAnswer,
                    .group(
                        .form(
                            .method(.post), .action(StaffURL.inquiryAnswer(inquiry.id).path),
                            Layout.csrfField(context.csrfToken),
                            FormFields.textArea(
                                name: InquiryActionForm.Field.answer.rawValue, label: strings[.inquiryAnswer],
                                value: nil, errors: errors, rows: 4),
                            .if(
                                !model.articles.isEmpty,
                                FormFields.select(
                                    name: InquiryActionForm.Field.articleID.rawValue, label: text.linkArticle,
                                    options: [(value: "", label: "—")]
                                        + model.articles.map {
                                            (
                                                value: $0.id.uuidString.lowercased(),
                                                label: context.language == .arabic
                                                    ? $0.titleArabic : $0.titleEnglish
                                            )
                                        }, selected: nil, errors: [])),
                            .button(.type(.submit), .text(text.inquirySendAnswer))),
                        .if(
                            model.mayConvert,
                            .form(
                                .method(.post), .action(StaffURL.inquiryConvert(inquiry.id).path), .class("card"),
                                Layout.csrfField(context.csrfToken),
                                FormFields.select(
                                    name: InquiryActionForm.Field.typeID.rawValue, label: strings[.requestType],
                                    options: model.types.map {
                                        (value: $0.id.uuidString.lowercased(), label: $0.name(in: context.language))
                                    }, selected: nil, errors: []),
                                .button(.type(.submit), .class("button-secondary"), .text(strings[.inquiryConvert]))
                            )),
                        .form(
                            .method(.post), .action(StaffURL.inquiryAssign(inquiry.id).path), .class("card"),
                            Layout.csrfField(context.csrfToken),
                            FormFields.select(
                                name: InquiryActionForm.Field.staffID.rawValue, label: strings[.assignedTo],
                                options: model.answerers.map {
                                    (value: $0.id.uuidString.lowercased(), label: $0.displayName)
                                }, selected: inquiry.assignedTo?.uuidString.lowercased(), errors: errors),
                            .button(.type(.submit), .class("button-secondary"), .text(strings[.assign]))),
                        .if(
                            inquiry.status == .open,
                            .form(
                                .method(.post), .action(StaffURL.inquiryRefer(inquiry.id).path), .class("card"),
                                Layout.csrfField(context.csrfToken),
                                FormFields.select(
                                    name: InquiryActionForm.Field.researcherID.rawValue,
                                    label: strings[.referQuestionTo],
                                    options: model.researchers.map {
                                        (value: $0.id.uuidString.lowercased(), label: $0.displayName)
                                    }, selected: nil, errors: errors),
                                .button(
                                    .type(.submit), .class("button-secondary"), .text(strings[.referToResearch])))))
                )
            ))
    }
}
