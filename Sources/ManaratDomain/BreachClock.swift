import Foundation

/// The PDPL's clock for a personal-data breach: the regulator is to be told within 72 hours of the
/// association becoming aware of it.
public enum BreachClock {
    /// Hours from discovery to the regulator's notice.
    public static let regulatorHours = 72

    /// Where a breach stands against its 72 hours.
    public enum State: Equatable, Sendable {
        /// The regulator was told, in time or `hoursLate` hours after the deadline.
        case notified(at: Date, hoursLate: Int)
        /// Not told yet; `hoursLeft` whole hours remain (0 in the last hour).
        case due(hoursLeft: Int)
        /// Not told, and the deadline passed `hoursLate` hours ago (at least 1 once it passed).
        case overdue(hoursLate: Int)
    }

    /// The moment the regulator must have been told.
    public static func regulatorDeadline(discoveredAt: Date) -> Date {
        discoveredAt.addingTimeInterval(TimeInterval(regulatorHours * 3600))
    }

    /// Where a breach discovered at `discoveredAt` stands at `now`.
    public static func state(discoveredAt: Date, regulatorNotifiedAt: Date?, now: Date) -> State {
        let deadline = regulatorDeadline(discoveredAt: discoveredAt)
        if let notified = regulatorNotifiedAt {
            return .notified(
                at: notified, hoursLate: max(0, Int((notified.timeIntervalSince(deadline) / 3600).rounded(.up))))
        }
        let remaining = deadline.timeIntervalSince(now)
        if remaining >= 0 { return .due(hoursLeft: Int(remaining / 3600)) }
        return .overdue(hoursLate: max(1, Int((-remaining / 3600).rounded(.up))))
    }
}
