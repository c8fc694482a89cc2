import Foundation

/// The kinds of records the retention schedule covers, each with its unit, the period it is kept
/// by default, the least the law allows, and what happens when it expires.
public enum RetentionKind: String, CaseIterable, Codable, Sendable {
    /// Support requests closed (completed, rejected, withdrawn): their free text, research findings
    /// and documents are removed; reference, type, status and dates stay for the statistics.
    case closedRequests
    /// Service deliveries (cash, in-kind, referral): financial records, kept at least ten years, then deleted.
    case serviceRecords
    /// Answered inquiries, with their attachments: deleted.
    case inquiries
    /// Closed complaints and suggestions: the text and the contact's name and phone are removed;
    /// kind, subject, dates and the improvement taken stay.
    case feedback
    /// One-time sign-in codes (only their keyed hashes are stored): deleted.
    case signInCodes
    /// The idempotency keys of submitted forms (a retry comes within minutes): deleted.
    case submissionKeys

    /// Whether the period is counted in years or in days.
    public enum Unit: String, Sendable { case years, days }

    /// The period's unit.
    public var unit: Unit {
        self == .signInCodes || self == .submissionKeys ? .days : .years
    }

    /// The period used until an admin sets one.
    public var defaultPeriod: Int {
        switch self {
        case .closedRequests: return 5
        case .serviceRecords: return 10
        case .inquiries: return 2
        case .feedback: return 3
        case .signInCodes: return 30
        case .submissionKeys: return 7
        }
    }

    /// The shortest period allowed (financial records: ten years).
    public var minimumPeriod: Int {
        switch self {
        case .serviceRecords: return 10
        case .signInCodes: return 1
        default: return 1
        }
    }

    /// The longest period accepted.
    public var maximumPeriod: Int {
        unit == .years ? 50 : 3650
    }
}
