import Foundation

/// The kind of record an audit entry is about; the raw value is stored in the audit log.
public enum RecordType: String, CaseIterable, Codable, Sendable {
    case article = "article"
    case beneficiary = "beneficiary"
    case branch = "branch"
    case breach = "breach"
    case category = "category"
    case dataRequest = "data_request"
    case feedback = "feedback"
    case identity = "identity"
    case inquiry = "inquiry"
    case meeting = "meeting"
    case notification = "notification"
    case notificationTemplate = "notification_template"
    case policyVersion = "policy_version"
    case request = "request"
    case requestType = "request_type"
    case settings = "settings"
    case staff = "staff"
    case supporter = "supporter"
    case survey = "survey"
    case surveyInvitation = "survey_invitation"
    case volunteer = "volunteer"

    /// The record type of a party's file.
    public init(_ party: PartyKind) {
        switch party {
        case .beneficiary: self = .beneficiary
        case .supporter: self = .supporter
        case .volunteer: self = .volunteer
        }
    }
}
