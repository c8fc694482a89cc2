import Foundation

/// Where a support request (طلب دعم مستفيد) stands in its life.
///
/// The raw values are stored in the database and never renamed.
public enum RequestStatus: String, CaseIterable, Codable, Sendable {
    /// Draft (مسودة): being filled in, not yet handed to the charity.
    case draft
    /// Submitted (مقدَّم): handed in and waiting for the data to be matched.
    case submitted
    /// Incomplete (غير مكتمل – بانتظار المستندات): waiting on the applicant for documents or data.
    case incomplete
    /// Registered (مكتمل التسجيل): data matched and documents complete.
    case registered
    /// In social research (قيد البحث الاجتماعي): with the social researcher.
    case inResearch
    /// At the committee (لدى اللجنة): waiting for the research committee's decision.
    case atCommittee
    /// Approved (مقبول): the committee accepted it; service is still to be delivered.
    case approved
    /// Rejected (مرفوض).
    case rejected
    /// Deferred (مؤجل): the committee postponed its decision.
    case deferred
    /// In delivery (قيد التنفيذ): the service is being provided.
    case inDelivery
    /// Completed (مكتمل): the service was provided.
    case completed
    /// Withdrawn (ملغى): the applicant or staff cancelled it before a decision.
    case withdrawn

    /// Final states accept no further event.
    public var isFinal: Bool {
        switch self {
        case .rejected, .completed, .withdrawn:
            return true
        default:
            return false
        }
    }

    /// The response clock does not run while the request waits on the applicant.
    public var pausesClock: Bool {
        // A draft has not been submitted, so nothing is owed to the applicant yet.
        switch self {
        case .draft, .incomplete:
            return true
        default:
            return false
        }
    }

    /// Whether the committee's answer is still awaited, which is when the
    /// two-week response promise made at submission still matters.
    public var awaitsDecision: Bool {
        switch self {
        case .submitted, .incomplete, .registered, .inResearch, .atCommittee, .deferred:
            return true
        default:
            return false
        }
    }
}
