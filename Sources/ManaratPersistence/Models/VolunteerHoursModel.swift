import Fluent
import Foundation
import ManaratDomain

/// A row of `volunteer_hours`.
public final class VolunteerHoursModel: Model, @unchecked Sendable {
    public static let schema = "volunteer_hours"
    @ID(key: .id) public var id: UUID?
    @Field(key: "volunteer_id") public var volunteerID: UUID
    @OptionalField(key: "assignment_id") public var assignmentID: UUID?
    @Field(key: "worked_on") public var workedOn: String
    @Field(key: "minutes") public var minutes: Int
    public init() {}
}
