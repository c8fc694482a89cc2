import Fluent
import Foundation
import ManaratDomain

/// A row of `volunteer_assignments`.
public final class VolunteerAssignmentModel: Model, @unchecked Sendable {
    public static let schema = "volunteer_assignments"
    @ID(key: .id) public var id: UUID?
    @Field(key: "volunteer_id") public var volunteerID: UUID
    @Field(key: "title") public var title: String
    @OptionalField(key: "branch_id") public var branchID: UUID?
    @Field(key: "starts_on") public var startsOn: String
    @OptionalField(key: "ends_on") public var endsOn: String?
    public init() {}
}
