import Foundation

extension SupporterEditor {
    /// What the editor shows.
    struct Model: Sendable, Equatable {
        /// The supporter edited; nil for a new one.
        var supporterID: UUID?
        /// The form as it stands.
        var form: SupporterForm
        /// What was wrong with the last post.
        var problems: [SupporterProblem]
    }
}
