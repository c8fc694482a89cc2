import Foundation

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
