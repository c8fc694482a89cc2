import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

public extension Application {
    /// Sends everything the outbox holds that is due now, as `manarat outbox run --once` does;
    /// returns how many messages were handled.
    @discardableResult
    func drainOutbox() async throws -> Int {
        try await OutboxWorker(app: self).drain()
    }

    /// Runs the calendar's notifications (identity expiry, instalments due) now, whatever the lease says.
    func runScheduledNotifications() async throws {
        let configuration = manarat.configuration
        try await ScheduledNotifications(database: db, clock: configuration.clock, settings: configuration.notifications, timeZone: configuration.timeZone).run()
    }
}
