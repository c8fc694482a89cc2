import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

extension Application {
    /// Sends everything the outbox holds that is due now, as `manarat outbox run --once` does;
    /// returns how many messages were handled.
    @discardableResult
    public func drainOutbox() async throws -> Int {
        try await OutboxWorker(app: self).drain()
    }

    /// Runs the calendar's notifications (identity expiry, instalments due) now, whatever the lease says.
    public func runScheduledNotifications() async throws {
        let configuration = manarat.configuration
        try await ScheduledNotifications(
            database: db, clock: configuration.clock, settings: configuration.notifications,
            timeZone: configuration.timeZone
        ).run()
    }
}
