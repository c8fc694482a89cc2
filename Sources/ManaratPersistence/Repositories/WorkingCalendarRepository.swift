import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// The calendar the two-week clock runs on: holidays and the request settings kept as numbers.
public struct WorkingCalendarRepository: Sendable {
    let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// The holidays, in date order.
    public func holidays() async throws -> [(day: GregorianDay, name: String)] {
        try await HolidayModel.query(on: database).sort(\.$id).all().compactMap { row in
            GregorianDay(iso: row.id ?? "").map { ($0, row.name) }
        }
    }

    /// Adds holidays (a range of days under one name), skipping days already there.
    public func addHolidays(_ days: [GregorianDay], name: String) async throws {
        for day in days where try await HolidayModel.find(day.description, on: database) == nil {
            let row = HolidayModel()
            row.id = day.description
            row.name = name
            try await row.create(on: database)
        }
    }

    /// Removes a holiday.
    public func removeHoliday(_ day: GregorianDay) async throws {
        try await HolidayModel.query(on: database).filter(\.$id == day.description).delete()
    }

    /// The working calendar: the Saudi week and the holidays.
    public func workingCalendar() async throws -> WorkingCalendar {
        // Read on every form that computes a due day: the days alone, as plain text.
        let sql = database as! any SQLDatabase
        let days = try await sql.select().column("day").from(HolidayModel.schema).all().compactMap {
            GregorianDay(iso: try $0.decode(column: "day", as: String.self))
        }
        return WorkingCalendar(holidays: Set(days))
    }

    /// An integer setting, or `fallback`.
    public func integerSetting(_ key: String, fallback: Int) async throws -> Int {
        try await SettingsRepository(database: database).value(key).flatMap(Int.init) ?? fallback
    }

    /// Stores an integer setting.
    public func setIntegerSetting(_ key: String, _ value: Int) async throws {
        try await SettingsRepository(database: database).set(key, to: String(value))
    }
}
