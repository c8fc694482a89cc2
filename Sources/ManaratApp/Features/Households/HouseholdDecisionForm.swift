import Foundation
import Vapor

/// The staff's decision on a beneficiary's proposal.
struct HouseholdDecisionForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case decision, decisionNote
    }

    /// "approve" approves; anything else rejects.
    var decision: String?
    var decisionNote: String?

    var approves: Bool { decision == "approve" }
    /// The note, at most 1 000 characters.
    var shortNote: String { String((decisionNote ?? "").prefix(1000)) }
}
