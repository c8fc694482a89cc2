import Foundation
import ManaratDomain
import Plot

extension SurveyClosedPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        return Layout.render(
            title: strings[.surveyTitle], context: context,
            content: .group(
                .h1(.text(strings[.surveyTitle])),
                .p(
                    .class("alert"), .attribute(named: "role", value: "status"),
                    .text(SurveyText(strings: strings).closed(expired: model.expired)))
            ))
    }
}
