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

/// Something that happens to a support request and may move it to another status.
///
/// The raw values are stored in the audit trail and never renamed.
public enum RequestEvent: String, CaseIterable, Codable, Sendable {
    /// The applicant or an employee hands the draft in.
    case submit
    /// A document or field is missing or invalid, so the applicant is asked for it.
    case markIncomplete
    /// The employee has matched the data and the documents are complete.
    case completeRegistration
    /// The request is referred to the social researcher (الإحالة إلى الباحث الاجتماعي).
    case referToResearch
    /// The request is raised to the research committee.
    case sendToCommittee
    /// The committee approves.
    case approve
    /// The committee rejects.
    case reject
    /// The committee defers its decision; spelled with an underscore because `defer` is a keyword.
    case defer_ = "defer"
    /// A deferred request goes back on the committee's agenda.
    case returnToCommittee
    /// Delivery of the approved service begins.
    case startDelivery
    /// The service has been provided in full.
    case completeDelivery
    /// The request is cancelled before a decision.
    case withdraw
}

/// What is known about a request that some transitions depend on.
public struct RequestFacts: Sendable, Equatable {
    /// The applicant signed the attestation that the data is correct (الإقرار بصحة البيانات).
    public var attested: Bool
    /// Every required document is present and valid.
    public var documentsComplete: Bool
    /// The social researcher has filed a report.
    public var hasResearchReport: Bool

    /// Creates the facts; everything defaults to "not yet".
    public init(attested: Bool = false, documentsComplete: Bool = false, hasResearchReport: Bool = false) {
        self.attested = attested
        self.documentsComplete = documentsComplete
        self.hasResearchReport = hasResearchReport
    }
}

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

/// The rules for moving a support request from one status to the next.
public enum RequestStateMachine {
    /// The status after `event`, or why it is refused.
    public static func apply(_ event: RequestEvent, to status: RequestStatus, facts: RequestFacts) -> Result<RequestStatus, TransitionRefusal> {
        guard let target = target(of: event, from: status) else {
            return .failure(.notAllowed(from: status, event: event))
        }
        if let refusal = guardRefusal(of: event, from: status, facts: facts) {
            return .failure(refusal)
        }
        return .success(target)
    }

    /// The events that would be accepted now (for showing buttons).
    public static func allowedEvents(from status: RequestStatus, facts: RequestFacts) -> [RequestEvent] {
        RequestEvent.allCases.filter { event in
            (try? apply(event, to: status, facts: facts).get()) != nil
        }
    }

    /// The status an event leads to, ignoring guards; nil when the move does not exist.
    private static func target(of event: RequestEvent, from status: RequestStatus) -> RequestStatus? {
        switch (status, event) {
        case (.draft, .submit):
            return .submitted
        // A document accepted at registration can turn out invalid later, so
        // a registered request can still go back to the applicant.
        case (.submitted, .markIncomplete), (.registered, .markIncomplete):
            return .incomplete
        case (.submitted, .completeRegistration), (.incomplete, .completeRegistration):
            return .registered
        case (.registered, .referToResearch), (.deferred, .referToResearch):
            return .inResearch
        case (.registered, .sendToCommittee), (.inResearch, .sendToCommittee), (.deferred, .returnToCommittee):
            return .atCommittee
        case (.atCommittee, .approve):
            return .approved
        case (.atCommittee, .reject):
            return .rejected
        case (.atCommittee, .defer_):
            return .deferred
        case (.approved, .startDelivery):
            return .inDelivery
        case (.inDelivery, .completeDelivery):
            return .completed
        // Once approved the charity has committed resources, so stopping is a
        // delivery matter rather than a withdrawal.
        case (.draft, .withdraw), (.submitted, .withdraw), (.incomplete, .withdraw),
             (.registered, .withdraw), (.inResearch, .withdraw), (.atCommittee, .withdraw),
             (.deferred, .withdraw):
            return .withdrawn
        default:
            return nil
        }
    }

    /// The first unmet condition of an existing move, in the order an employee
    /// would fix them: the signature, then the research, then the paperwork.
    private static func guardRefusal(of event: RequestEvent, from status: RequestStatus, facts: RequestFacts) -> TransitionRefusal? {
        switch event {
        case .completeRegistration:
            return facts.documentsComplete ? nil : .documentsIncomplete
        case .sendToCommittee:
            if !facts.attested {
                return .attestationMissing
            }
            // Only a request that went to research owes the committee a report;
            // a clear case may go from registration straight to the committee.
            if status == .inResearch, !facts.hasResearchReport {
                return .researchReportMissing
            }
            if !facts.documentsComplete {
                return .documentsIncomplete
            }
            return nil
        default:
            return nil
        }
    }
}
