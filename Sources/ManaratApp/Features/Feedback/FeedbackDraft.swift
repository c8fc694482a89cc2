import Foundation
import ManaratDomain

/// A complaint or suggestion as checked, before it has an id, a reference and a due day.
struct FeedbackDraft: Sendable, Equatable {
    var kind: FeedbackKind
    /// What was said, trimmed.
    var text: String
    /// The name left, at most 150 characters; empty when none.
    var name: String
    /// The mobile left, as +9665…; empty when none.
    var phone: String
    /// How it arrived: the website for the public and portal form.
    var channel: ContactChannel
    /// The beneficiary it comes from: the one signed in, or the file staff found.
    var beneficiaryID: UUID?
}
