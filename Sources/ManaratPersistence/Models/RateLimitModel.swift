import Fluent
import Foundation
import ManaratDomain

/// A row of `rate_limits`: a counter for one key (an IP address, an account) in a fixed window.
public final class RateLimitModel: Model, @unchecked Sendable {
    public static let schema = "rate_limits"

    @ID(custom: "key", generatedBy: .user) public var id: String?
    @Field(key: "window_start") public var windowStart: Date
    @Field(key: "hits") public var hits: Int

    public init() {}
}
