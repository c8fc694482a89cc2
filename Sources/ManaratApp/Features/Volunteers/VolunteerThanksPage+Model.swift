extension VolunteerThanksPage {
    /// What the page shows: nothing that depends on the visitor, so the model holds no values.
    struct Model: Sendable, Equatable {
        /// The page as every visitor sees it.
        static let standard = Model()
    }
}
