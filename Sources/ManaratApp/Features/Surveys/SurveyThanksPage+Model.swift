extension SurveyThanksPage {
    /// What the page shows: nothing that depends on who answered, so the model holds no values.
    struct Model: Sendable, Equatable {
        /// The page as every beneficiary sees it.
        static let standard = Model()
    }
}
