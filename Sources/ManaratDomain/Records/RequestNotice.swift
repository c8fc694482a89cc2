import Foundation

/// A message to the applicant about a step of their request, written in the step's transaction.
public struct RequestNotice: Sendable, Equatable {
    /// The applicant.
    public var beneficiary: Beneficiary
    /// What happened.
    public var event: NotificationEvent
    /// The request as saved by the step.
    public var request: SupportRequest
    /// The day the message names: the decision's, the visit's, or the expected answer's.
    public var day: GregorianDay?
    /// Why the request was rejected, when it was.
    public var reasons: [RejectionReason]

    /// Creates a notice.
    public init(
        beneficiary: Beneficiary, event: NotificationEvent, request: SupportRequest, day: GregorianDay?,
        reasons: [RejectionReason] = []
    ) {
        self.beneficiary = beneficiary
        self.event = event
        self.request = request
        self.day = day
        self.reasons = reasons
    }
}
