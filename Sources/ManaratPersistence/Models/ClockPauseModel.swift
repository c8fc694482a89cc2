import Fluent
import Foundation
import ManaratDomain

/// A row of `clock_pauses`.
public final class ClockPauseModel: Model, @unchecked Sendable {
    public static let schema = "clock_pauses"
    @ID(key: .id) public var id: UUID?
    @Field(key: "request_id") public var requestID: UUID
    @Field(key: "from_day") public var fromDay: String
    @OptionalField(key: "until_day") public var untilDay: String?
    public init() {}
}
