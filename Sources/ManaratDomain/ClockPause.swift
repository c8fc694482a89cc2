import Foundation

/// A stretch during which the request waited on the applicant; `until` nil while it still waits. Days from `from` through the day before `until` are paused (the day the applicant answered counts again).
public struct ClockPause: Sendable, Equatable, Codable {
    /// The first paused day: the day the request was marked incomplete.
    public var from: GregorianDay
    /// The day the applicant answered, which is no longer paused; nil while still waiting.
    public var until: GregorianDay?

    /// Creates a pause.
    public init(from: GregorianDay, until: GregorianDay?) {
        self.from = from
        self.until = until
    }

    /// Whether `day` is paused, treating an open pause as running through `today`.
    func contains(_ day: GregorianDay, today: GregorianDay) -> Bool {
        guard day >= from else { return false }
        if let until {
            return day < until
        }
        return day <= today
    }
}
