import Fluent
import Foundation
import ManaratDomain

/// A row of `holidays`: a day off that does not count toward the response clock.
public final class HolidayModel: Model, @unchecked Sendable {
    public static let schema = "holidays"
    @ID(custom: "day", generatedBy: .user) public var id: String?
    @Field(key: "name") public var name: String
    public init() {}
}
