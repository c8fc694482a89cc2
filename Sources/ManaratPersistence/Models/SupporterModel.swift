import Fluent
import Foundation
import ManaratDomain

/// A row of `supporters`.
public final class SupporterModel: Model, @unchecked Sendable {
    public static let schema = "supporters"
    @ID(key: .id) public var id: UUID?
    @Field(key: "kind") public var kind: String
    @Field(key: "name") public var name: String
    @Field(key: "contact_person") public var contactPerson: String
    @OptionalField(key: "phone") public var phone: String?
    @Field(key: "email") public var email: String
    @Field(key: "city") public var city: String
    @Field(key: "allowed_channels") public var allowedChannels: String
    @Field(key: "wants_news") public var wantsNews: Bool
    @Field(key: "notes") public var notes: String
    @Field(key: "search_name") public var searchName: String
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}
