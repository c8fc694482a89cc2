import ManaratDomain

extension SurveyClosedPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// Whether the link expired; otherwise it was answered already.
        var expired: Bool

        /// The page for a link refused for `problem` (an expired one, or one answered already).
        init(_ problem: SurveyProblem) {
            expired = problem == .expired
        }

        /// The page for a link that expired (true) or was answered already (false).
        init(expired: Bool) {
            self.expired = expired
        }
    }
}
