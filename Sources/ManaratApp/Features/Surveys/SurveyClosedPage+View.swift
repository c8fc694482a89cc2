import Foundation
import ManaratDomain
import Plot

extension SurveyClosedPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = SurveyText(strings: strings)
        return Layout.render(
            title: text.surveyTitle, context: context,
            content: .group(
                .h1(.text(text.surveyTitle)),
                .p(
                    .class("alert"), .attribute(named: "role", value: "status"),
                    .text(SurveyText(strings: strings).closed(expired: model.expired)))
            ))
    }
}
