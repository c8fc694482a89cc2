import Foundation

/// What happened that someone should hear about without having to ask.
///
/// The raw values are stored in the database and name the templates; never rename one.
public enum NotificationEvent: String, CaseIterable, Codable, Sendable {
    /// A sign-in code for the portal.
    case oneTimeCode = "one_time_code"
    /// A request was received and its registration completed.
    case requestReceived = "request_received"
    /// A request waits on documents from the applicant.
    case documentsMissing = "documents_missing"
    /// A request went to a social researcher.
    case referredToResearch = "referred_to_research"
    /// The social researcher set the day of a home visit.
    case visitScheduled = "visit_scheduled"
    /// A request is with the research committee.
    case atCommittee = "at_committee"
    /// The committee approved the request.
    case requestApproved = "request_approved"
    /// The committee rejected the request, with reasons.
    case requestRejected = "request_rejected"
    /// A service (or one instalment of it) was delivered.
    case serviceDelivered = "service_delivered"
    /// An inquiry was answered.
    case inquiryAnswered = "inquiry_answered"
    /// An identity expires within 30 days.
    case identityExpiring = "identity_expiring"
    /// A document of a request still in progress expires within 30 days.
    case documentExpiring = "document_expiring"
    /// A scheduled instalment of aid falls due.
    case instalmentDue = "instalment_due"
    /// To the staff member responsible: a request's answer is due within two days.
    case requestDueSoon = "request_due_soon"
    /// To the staff member responsible: a request's answer is overdue.
    case requestOverdue = "request_overdue"
    /// A message an administrator sends to check that a gateway works.
    case gatewayTest = "gateway_test"
    /// A complaint or suggestion was closed with a response.
    case feedbackClosed = "feedback_closed"
    /// To management: a complaint is past its time to close.
    case complaintEscalated = "complaint_escalated"
    /// A link to rate a delivered service or an answered inquiry.
    case surveyInvitation = "survey_invitation"
    /// One reminder of an unanswered survey, with a fresh link.
    case surveyReminder = "survey_reminder"

    /// Essential messages go out even to a person who opted out of the others: one cannot sign in
    /// without the code, and a decision about one's own request must reach one.
    public var isEssential: Bool {
        switch self {
        case .oneTimeCode, .requestApproved, .requestRejected, .documentsMissing, .feedbackClosed, .visitScheduled:
            return true
        default: return false
        }
    }

    /// Urgent messages ignore quiet hours: a code is useless an hour later.
    public var isUrgent: Bool { self == .oneTimeCode || self == .gatewayTest }

    /// The placeholders a template for this event may use.
    public var placeholders: Set<String> {
        var names: Set<String> = ["name"]
        switch self {
        case .oneTimeCode:
            names.insert("code")
        case .requestReceived, .documentsMissing, .referredToResearch, .atCommittee, .requestDueSoon, .requestOverdue:
            names.formUnion(["reference", "due_date", "link"])
        case .requestApproved, .serviceDelivered, .instalmentDue, .documentExpiring, .visitScheduled:
            names.formUnion(["reference", "date", "link"])
        case .requestRejected:
            names.formUnion(["reference", "date", "reasons", "link"])
        case .inquiryAnswered:
            names.formUnion(["reference", "link"])
        case .identityExpiring:
            names.formUnion(["date", "link"])
        case .gatewayTest:
            names.insert("reference")
        case .feedbackClosed:
            names.formUnion(["reference", "link"])
        case .complaintEscalated:
            names.formUnion(["reference", "due_date", "link"])
        case .surveyInvitation, .surveyReminder:
            names.formUnion(["reference", "link"])
        }
        return names
    }
}
