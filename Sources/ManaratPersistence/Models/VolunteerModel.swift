import Fluent
import Foundation
import ManaratDomain

/// A row of `volunteers`.
public final class VolunteerModel: Model, @unchecked Sendable {
    public static let schema = "volunteers"
    @ID(key: .id) public var id: UUID?
    @Field(key: "full_name") public var fullName: String
    @Field(key: "phone") public var phone: String
    @Field(key: "email") public var email: String
    @Field(key: "city") public var city: String
    @Field(key: "skills") public var skills: String
    @Field(key: "availability") public var availability: String
    @Field(key: "status") public var status: String
    @Field(key: "applied_at") public var appliedAt: Date
    @Field(key: "from_public_form") public var fromPublicForm: Bool
    public init() {}
}
