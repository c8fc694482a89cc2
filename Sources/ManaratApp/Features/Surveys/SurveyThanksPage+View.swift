import Plot

extension SurveyThanksPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        return Layout.render(
            title: strings[.surveyThanksTitle], context: context,
            content: .group(
                .h1(.text(strings[.surveyThanksTitle])),
                .p(.text(strings[.surveyThanks]))
            ))
    }
}
