import Fluent
import Foundation
import ManaratDomain

/// A row of `research_reports`.
public final class ResearchReportModel: Model, @unchecked Sendable {
    public static let schema = "research_reports"
    @ID(key: .id) public var id: UUID?
    @Field(key: "request_id") public var requestID: UUID
    @OptionalField(key: "researcher_id") public var researcherID: UUID?
    @Field(key: "researcher_name") public var researcherName: String
    @Field(key: "kind") public var kind: String
    @Field(key: "visited_on") public var visitedOn: String
    @Field(key: "findings") public var findings: String
    @Field(key: "household_situation") public var householdSituation: String
    @Field(key: "recommendation") public var recommendation: String
    @OptionalField(key: "recommended_service") public var recommendedService: String?
    @Field(key: "recommended_amount") public var recommendedAmount: Int
    @OptionalField(key: "recommended_quantity") public var recommendedQuantity: String?
    @OptionalField(key: "needs_total") public var needsTotal: Int?
    @OptionalField(key: "needs_level") public var needsLevel: String?
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}
