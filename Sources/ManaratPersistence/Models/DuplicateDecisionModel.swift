import Fluent
import Foundation
import ManaratDomain

/// A row of `duplicate_decisions`: staff confirmed two records are, or are not, the same person.
public final class DuplicateDecisionModel: Model, @unchecked Sendable {
    public static let schema = "duplicate_decisions"
    @ID(key: .id) public var id: UUID?
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "other_id") public var otherID: UUID
    @Field(key: "decision") public var decision: String
    @Field(key: "score") public var score: Int
    @OptionalField(key: "decided_by") public var decidedBy: UUID?
    @Field(key: "decided_at") public var decidedAt: Date
    public init() {}
}
