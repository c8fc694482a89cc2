import Foundation
import ManaratDomain

extension FeedbackCasePage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The beneficiary an item came from, linked to their file.
        struct Complainant: Sendable, Equatable {
            var id: UUID
            /// Their full name.
            var name: String
        }

        /// The item.
        var item: FeedbackRecord
        /// The active staff who may handle it, to assign it to.
        var handlers: [StaffMember]
        /// The beneficiary it came from, when their file is known.
        var complainant: Complainant?
        /// What was wrong with the last closing.
        var problems: [FeedbackProblem]
    }
}
