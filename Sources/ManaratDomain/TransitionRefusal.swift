import Foundation

/// Why an event was refused.
public enum TransitionRefusal: Error, Equatable, Sendable {
    /// The event makes no sense in this status.
    case notAllowed(from: RequestStatus, event: RequestEvent)
    /// The applicant has not signed the attestation.
    case attestationMissing
    /// Required documents are missing or not valid.
    case documentsIncomplete
    /// The request was in research but no research report was filed.
    case researchReportMissing
}
