import Foundation
import ManaratDomain
import Plot

extension PortalApplyPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = RequestText(strings: strings)
        let beneficiary = model.beneficiary
        return Layout.render(
            title: strings[.portalNavApply], context: context,
            content: .group(
                .h1(.text(strings[.portalNavApply])),
                .p(.text(text.portalApplyIntro)),
                .ul(
                    .class("tiles"),
                    .forEach(model.types) { type in
                        .li(
                            .a(
                                .href(PortalURL.applyType(type.id).path),
                                .strong(.text(type.name(in: context.language))),
                                .span(
                                    .class("muted"),
                                    .text(
                                        context.language == .arabic ? type.descriptionArabic : type.descriptionEnglish)),
                                .if(
                                    !type.isEligible(categories: beneficiary.categoryIDs),
                                    .span(.class("flag"), .text(text.typeNotEligible)))))
                    })
            ))
    }
}
