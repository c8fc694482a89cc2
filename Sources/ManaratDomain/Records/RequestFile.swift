import Foundation

/// Everything about one support request that its pages and its workflow need.
public struct RequestFile: Sendable, Equatable {
    /// The request itself.
    public var request: SupportRequest
    /// Its type, with the fields and documents it asks for.
    public var type: RequestType
    /// The applicant.
    public var beneficiary: Beneficiary
    /// Its documents, oldest first.
    public var documents: [RequestDocument]
    /// The identity numbers in the applicant's household, for the conflict-of-interest guard.
    public var householdIdentities: Set<String>
    /// Its research reports, oldest first.
    public var reports: [ResearchReport]

    /// Creates a file.
    public init(
        request: SupportRequest, type: RequestType, beneficiary: Beneficiary, documents: [RequestDocument],
        householdIdentities: Set<String>, reports: [ResearchReport]
    ) {
        self.request = request
        self.type = type
        self.beneficiary = beneficiary
        self.documents = documents
        self.householdIdentities = householdIdentities
        self.reports = reports
    }
}
