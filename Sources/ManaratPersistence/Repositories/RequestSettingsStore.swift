import Foundation
import ManaratDomain

/// What the request settings pages read and write: the request types, the holidays and the
/// numbers requests run on. `RequestSettingsRepository` keeps them in the database; service tests
/// keep them in memory.
public protocol RequestSettingsStore: Sendable {
    /// Every request type.
    func types() async throws -> [RequestType]
    /// One request type.
    func type(id: UUID) async throws -> RequestType?
    /// Whether another type than `id` has `code`.
    func typeCodeTaken(_ code: String, except id: UUID?) async throws -> Bool
    /// Saves a type, new or changed.
    func save(_ type: RequestType) async throws
    /// The holidays, by day.
    func holidays() async throws -> [(day: GregorianDay, name: String)]
    /// Adds `days` as holidays named `name`.
    func addHolidays(_ days: [GregorianDay], name: String) async throws
    /// Makes `day` a working day again.
    func removeHoliday(_ day: GregorianDay) async throws
    /// A number setting, or `fallback` when it was never set.
    func integerSetting(_ key: String, fallback: Int) async throws -> Int
    /// Sets a number setting.
    func setIntegerSetting(_ key: String, _ value: Int) async throws
}
