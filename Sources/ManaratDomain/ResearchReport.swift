import Foundation

/// A social research report (تقرير البحث الاجتماعي).
public struct ResearchReport: Sendable, Equatable {
    /// Whether it is a home visit or an office assessment.
    public enum Kind: String, CaseIterable, Codable, Sendable { case homeVisit, officeAssessment }
    /// Home visit or office assessment.
    public var kind: Kind
    /// The day of the visit or assessment.
    public var visitedOn: GregorianDay
    /// What the researcher found.
    public var findings: String
    /// The household situation as verified.
    public var householdSituation: String
    /// Approve or reject.
    public var recommendsApproval: Bool
    /// The service recommended.
    public var recommendedService: ServiceKind?
    /// The amount recommended.
    public var recommendedAmount: Money
    /// The quantity recommended, for in-kind help ("two food baskets a month"); may be empty.
    public var recommendedQuantity: String = ""
    /// The needs assessment the researcher updated with the report, when one was.
    public var updatedNeeds: NeedsScoreSummary? = nil
    /// The researcher.
    public var researcherName: String
    /// When it was written.
    public var createdAt: Date

    /// Creates a report.
    public init(
        kind: Kind, visitedOn: GregorianDay, findings: String, householdSituation: String, recommendsApproval: Bool,
        recommendedService: ServiceKind?, recommendedAmount: Money, researcherName: String, createdAt: Date
    ) {
        self.kind = kind
        self.visitedOn = visitedOn
        self.findings = findings
        self.householdSituation = householdSituation
        self.recommendsApproval = recommendsApproval
        self.recommendedService = recommendedService
        self.recommendedAmount = recommendedAmount
        self.researcherName = researcherName
        self.createdAt = createdAt
    }
}
