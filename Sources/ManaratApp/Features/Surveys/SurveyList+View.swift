import Foundation
import ManaratDomain
import Plot

extension SurveyList {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = SurveyText(strings: strings)
        return Layout.render(
            title: strings[.surveysTitle], context: context,
            content: .group(
                .h1(.text(strings[.surveysTitle])),
                .p(.class("muted"), .text(text.surveysExplain)),
                .ul(
                    .class("tiles"),
                    .forEach(SurveyScope.all) { scope in
                        .li(
                            .a(
                                .href(StaffURL.surveyEdit(scope.code).path),
                                .strong(.text(strings.surveyScope(scope))),
                                .span(
                                    .class("muted"),
                                    .text(
                                        model.active(for: scope).map {
                                            text.title(of: $0) + " — " + text.questionCount($0.questions.count)
                                        } ?? text.surveyDefault))))
                    })
            ))
    }
}
