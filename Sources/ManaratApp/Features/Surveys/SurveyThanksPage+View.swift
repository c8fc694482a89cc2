import Plot

extension SurveyThanksPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = SurveyText(strings: strings)
        return Layout.render(
            title: text.surveyThanksTitle, context: context,
            content: .group(
                .h1(.text(text.surveyThanksTitle)),
                .p(.text(text.surveyThanks))
            ))
    }
}
