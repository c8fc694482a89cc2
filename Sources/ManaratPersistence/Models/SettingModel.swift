import Fluent
import Foundation
import ManaratDomain

/// A row of `settings`: installation-wide values such as the generated secret key.
public final class SettingModel: Model, @unchecked Sendable {
    public static let schema = "settings"

    @ID(custom: "key", generatedBy: .user) public var id: String?
    @Field(key: "value") public var value: String

    public init() {}

    init(key: String, value: String) {
        self.id = key
        self.value = value
    }
}
