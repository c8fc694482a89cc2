import Foundation
import ManaratDomain
import ManaratPersistence

/// `RequestSettingsStore` in memory, for service tests that need no database.
public actor InMemoryRequestSettingsStore: RequestSettingsStore {
    /// The request types, by id.
    public private(set) var savedTypes: [UUID: RequestType] = [:]
    /// The holidays' names, by day.
    public private(set) var holidayNames: [GregorianDay: String] = [:]
    /// The number settings, by key.
    public private(set) var settings: [String: Int] = [:]

    /// A store holding `types`.
    public init(types: [RequestType] = []) {
        for type in types { savedTypes[type.id] = type }
    }

    public func types() async throws -> [RequestType] { savedTypes.values.sorted { $0.code < $1.code } }

    public func type(id: UUID) async throws -> RequestType? { savedTypes[id] }

    public func typeCodeTaken(_ code: String, except id: UUID?) async throws -> Bool {
        savedTypes.values.contains { $0.code == code && $0.id != id }
    }

    public func save(_ type: RequestType) async throws { savedTypes[type.id] = type }

    public func holidays() async throws -> [(day: GregorianDay, name: String)] {
        holidayNames.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    public func addHolidays(_ days: [GregorianDay], name: String) async throws {
        for day in days { holidayNames[day] = name }
    }

    public func removeHoliday(_ day: GregorianDay) async throws { holidayNames[day] = nil }

    public func integerSetting(_ key: String, fallback: Int) async throws -> Int { settings[key] ?? fallback }

    public func setIntegerSetting(_ key: String, _ value: Int) async throws { settings[key] = value }
}
