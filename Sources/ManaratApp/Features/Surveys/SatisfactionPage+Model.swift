import Foundation
import ManaratDomain

extension SatisfactionPage {
    /// What the page counts.
    struct Model: Sendable, Equatable {
        /// The days and branch counted.
        var range: SatisfactionRange
        /// Every branch, for the filter and to name the rows.
        var branches: [Branch]
        /// Every invitation sent in the range, with its rating and comment once answered.
        var outcomes: [SurveyOutcome]

        /// The latest comments, newest first, at most 50.
        var comments: [SurveyOutcome] {
            Array(outcomes.filter { !$0.comment.isEmpty }.sorted { $0.createdAt > $1.createdAt }.prefix(50))
        }
    }
}
