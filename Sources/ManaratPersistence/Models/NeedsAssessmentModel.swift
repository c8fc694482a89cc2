import Fluent
import Foundation
import ManaratDomain

/// A row of `needs_assessments`: kept forever, newest is current.
public final class NeedsAssessmentModel: Model, @unchecked Sendable {
    public static let schema = "needs_assessments"
    @ID(key: .id) public var id: UUID?
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "factors") public var factors: String
    @Field(key: "weights") public var weights: String
    @Field(key: "total") public var total: Int
    @Field(key: "level") public var level: String
    @OptionalField(key: "assessed_by") public var assessedBy: UUID?
    @Field(key: "assessed_by_name") public var assessedByName: String
    @Field(key: "assessed_at") public var assessedAt: Date
    public init() {}
}
