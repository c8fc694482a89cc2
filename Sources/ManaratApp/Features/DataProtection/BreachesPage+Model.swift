import Foundation
import ManaratDomain

extension BreachesPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// Every breach, newest first.
        var breaches: [BreachRecord]
        /// The new breach's form as it stands.
        var form: BreachForm
        /// What was wrong with the last post.
        var problems: [DataProtectionProblem]
        /// The reference of the breach just recorded.
        var recorded: String?
        /// The moment the clocks are read at.
        var now: Date
    }
}
