import Foundation
import Vapor

/// What a beneficiary proposes in the portal: to add a member (whose fields decode as
/// `HouseholdMemberForm`) or to remove one.
struct HouseholdProposalForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case kind, memberID, note
    }

    /// "remove" to remove `memberID`; anything else adds.
    var kind: String?
    var memberID: String?
    var note: String?

    /// Whether the proposal removes a member.
    var removes: Bool { kind == "remove" }
    /// The note, at most 1 000 characters.
    var shortNote: String { String((note ?? "").prefix(1000)) }
}
