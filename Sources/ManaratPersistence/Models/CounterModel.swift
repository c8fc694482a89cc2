import Fluent
import Foundation
import ManaratDomain

/// A row of `counters`: named sequences such as file numbers.
public final class CounterModel: Model, @unchecked Sendable {
    public static let schema = "counters"
    @ID(custom: "name", generatedBy: .user) public var id: String?
    @Field(key: "value") public var value: Int
    public init() {}
}
