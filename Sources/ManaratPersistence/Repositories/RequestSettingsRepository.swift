import Fluent
import Foundation
import ManaratDomain

/// `RequestSettingsStore` in the database: the request type and working calendar repositories on
/// one connection.
public struct RequestSettingsRepository: RequestSettingsStore {
    let database: any Database

    /// A store on `database`.
    public init(database: any Database) {
        self.database = database
    }

    public func types() async throws -> [RequestType] {
        try await RequestTypeRepository(database: database).types()
    }

    public func type(id: UUID) async throws -> RequestType? {
        try await RequestTypeRepository(database: database).type(id: id)
    }

    public func typeCodeTaken(_ code: String, except id: UUID?) async throws -> Bool {
        try await RequestTypeRepository(database: database).typeCodeTaken(code, except: id)
    }

    public func save(_ type: RequestType) async throws {
        try await RequestTypeRepository(database: database).save(type)
    }

    public func holidays() async throws -> [(day: GregorianDay, name: String)] {
        try await WorkingCalendarRepository(database: database).holidays()
    }

    public func addHolidays(_ days: [GregorianDay], name: String) async throws {
        try await WorkingCalendarRepository(database: database).addHolidays(days, name: name)
    }

    public func removeHoliday(_ day: GregorianDay) async throws {
        try await WorkingCalendarRepository(database: database).removeHoliday(day)
    }

    public func integerSetting(_ key: String, fallback: Int) async throws -> Int {
        try await WorkingCalendarRepository(database: database).integerSetting(key, fallback: fallback)
    }

    public func setIntegerSetting(_ key: String, _ value: Int) async throws {
        try await WorkingCalendarRepository(database: database).setIntegerSetting(key, value)
    }
}
