import Foundation

/// The committee's decision on a request.
public struct RequestDecision: Sendable, Equatable {
    /// Approved, rejected or deferred.
    public var outcome: CommitteeOutcome
    /// When it was decided.
    public var decidedAt: Date
    /// The service approved.
    public var service: ServiceKind?
    /// The amount approved (or the value of goods).
    public var amount: Money
    /// The quantity approved, for in-kind support.
    public var quantity: String
    /// The reasons chosen, for a rejection.
    public var reasons: [RejectionReason]
    /// Free text: the reasons in words, or conditions.
    public var note: String
    /// The meeting that decided.
    public var meetingID: UUID?

    /// Creates a decision.
    public init(
        outcome: CommitteeOutcome, decidedAt: Date, service: ServiceKind?, amount: Money, quantity: String,
        reasons: [RejectionReason], note: String, meetingID: UUID?
    ) {
        self.outcome = outcome
        self.decidedAt = decidedAt
        self.service = service
        self.amount = amount
        self.quantity = quantity
        self.reasons = reasons
        self.note = note
        self.meetingID = meetingID
    }
}
