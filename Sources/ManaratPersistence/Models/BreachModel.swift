import Fluent
import Foundation
import ManaratDomain

/// A row of `breaches`.
public final class BreachModel: Model, @unchecked Sendable {
    public static let schema = "breaches"
    @ID(key: .id) public var id: UUID?
    @Field(key: "reference") public var reference: String
    @Field(key: "title") public var title: String
    @Field(key: "description") public var description: String
    @Field(key: "discovered_at") public var discoveredAt: Date
    @Field(key: "records_affected") public var recordsAffected: String
    @Field(key: "people_affected") public var peopleAffected: Int
    @Field(key: "measures") public var measures: String
    @OptionalField(key: "regulator_notified_at") public var regulatorNotifiedAt: Date?
    @Field(key: "regulator_reference") public var regulatorReference: String
    @OptionalField(key: "subjects_notified_at") public var subjectsNotifiedAt: Date?
    @Field(key: "recorded_by") public var recordedBy: UUID
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}
