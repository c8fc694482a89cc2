import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import NIOConcurrencyHelpers
import Vapor

extension Request {
    /// The working-day calendar, from this instance's cache (see `CalendarCache`).
    func workingCalendar() async throws -> WorkingCalendar {
        try await manarat.calendarCache.calendar(on: db)
    }
}
