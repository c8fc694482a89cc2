import ManaratDomain

extension MySatisfactionPage {
    /// What the page counts.
    struct Model: Sendable, Equatable {
        /// The staff member's invitations sent in the range, with their ratings once answered.
        var outcomes: [SurveyOutcome]
    }
}
