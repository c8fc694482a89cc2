import Foundation
import ManaratDomain
import Plot

extension PortalInquiryPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = InquiryText(strings: strings)
        let (inquiry, rating, attachment) = (model.inquiry, model.rating, model.attachment)
        return Layout.render(
            title: text.inquiryTitle, context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(text.inquiryTitle)),
                .p(
                    .span(.class("badge ltr"), .text(inquiry.reference)), .text(" "),
                    .span(.class("badge"), .text(strings.inquiryStatus(inquiry.status)))),
                .h2(.text(text.inquiryQuestion)), .p(.text(inquiry.question)),
                .unwrap(attachment) { file in
                    .p(
                        .a(
                            .href(PortalURL.inquiryAttachment(inquiry.id).path),
                            .text(text.inquiryAttachmentDownload)), .text(" — "),
                        .element(named: "bdi", text: file.originalName))
                },
                .if(
                    inquiry.status != .answered,
                    .p(
                        .class("alert alert-info"),
                        .text(strings.format(.inquiryAnswerBy, ["date": context.dates.dual(inquiry.answerDueOn)])))),
                .if(
                    inquiry.status == .answered,
                    .group(
                        .h2(.text(strings[.inquiryAnswer])), .p(.text(inquiry.answer)),
                        .unwrap(inquiry.articleID) {
                            .p(.a(.href(PublicURL.faqArticle($0).path), .text(text.readArticle)))
                        },
                        .unwrap(rating) {
                            .p(.text(strings.format(.portalRatedAs, ["score": strings.number($0)])))
                        },
                        .if(
                            rating == nil,
                            .form(
                                .method(.post), .action(PortalURL.inquiryRate(inquiry.id).path),
                                Layout.csrfField(context.csrfToken),
                                .p(.class("muted"), .text(strings[.portalRateExplain])),
                                .fieldset(
                                    .class("field"), .element(named: "legend", text: text.inquiryRateQuestion),
                                    .forEach(1...5) { score in
                                        .div(
                                            .class("check"),
                                            .input(
                                                .type(.radio), .id("score-\(score)"),
                                                .name(InquiryActionForm.Field.score.rawValue),
                                                .value(String(score))),
                                            .label(
                                                .for("score-\(score)"),
                                                .text(
                                                    strings.localizedDigits(String(score)) + " — "
                                                        + strings.ratingLabel(score))))
                                    }),
                                FormFields.textArea(
                                    name: InquiryActionForm.Field.comment.rawValue, label: strings[.portalRateComment],
                                    value: nil, errors: [],
                                    rows: 2),
                                .button(.type(.submit), .text(strings[.portalRateSend]))))))
            ))
    }
}
