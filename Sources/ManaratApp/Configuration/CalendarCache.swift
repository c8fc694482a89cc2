import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import NIOConcurrencyHelpers
import Vapor

/// The working-day calendar (the association's holidays), read from the database at most once a
/// minute by each instance.
///
/// Every complaint, inquiry and request computes a due day from it, and the public forms are the
/// busiest pages there are. Holidays are set weeks ahead: an edit here is seen at once by this
/// instance, and within `freshFor` by the others.
public final class CalendarCache: Sendable {
    /// How long a read calendar is used before it is read again.
    public static let freshFor: TimeInterval = 60

    private let cached = NIOLockedValueBox<(calendar: WorkingCalendar, readAt: TimeInterval)?>(nil)

    /// An empty cache.
    public init() {}

    /// The calendar, from the cache while it is fresh.
    func calendar(on database: any Database) async throws -> WorkingCalendar {
        let now = ProcessInfo.processInfo.systemUptime
        if let entry = cached.withLockedValue({ $0 }), now - entry.readAt < Self.freshFor {
            return entry.calendar
        }
        let calendar = try await WorkingCalendarRepository(database: database).workingCalendar()
        cached.withLockedValue { $0 = (calendar, now) }
        return calendar
    }

    /// Forgets the calendar after this instance changed the holidays.
    func forget() {
        cached.withLockedValue { $0 = nil }
    }
}
