import Foundation

/// Why the committee rejected a request (أسباب الرفض), told to the applicant.
///
/// The raw values are stored in the database and never renamed.
public enum RejectionReason: String, CaseIterable, Codable, Sendable {
    /// The applicant falls in no category the charity serves.
    case notEligible
    /// Documents were still missing or invalid.
    case incompleteDocuments
    /// Household income is above the threshold for support.
    case incomeAboveThreshold
    /// The same need is already supported by this or another organization.
    case duplicateSupport
    /// The applicant lives outside the area the charity serves.
    case outsideServiceArea
    /// The data the applicant attested to proved false.
    case falseInformation
    /// Another reason, written out in the decision.
    case other
}
