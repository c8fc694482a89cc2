import Foundation

/// A step recorded in a request's timeline that does not change its status. The raw values are
/// stored and never renamed.
public enum RequestStep: String, CaseIterable, Codable, Sendable {
    /// The request was created (a draft).
    case create
    /// A document was uploaded.
    case document
    /// The applicant signed the attestation.
    case attest
    /// The researcher filed a report.
    case research
    /// A delivery was handed over.
    case delivered
    /// An employee corrected the request's data.
    case edit
    /// The researcher booked a home visit.
    case visitScheduled = "visit_scheduled"
}
