import Foundation

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
