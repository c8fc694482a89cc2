import Foundation

/// Why a Hijri year/month/day triple does not name a real Umm al-Qura day.
public enum HijriDateError: Error, Equatable, Sendable {
    /// The month is not 1...12.
    case monthOutOfRange(Int)
    /// The day is below 1 or beyond the real length of that month.
    case dayOutOfRange(day: Int, monthLength: Int)
    /// The year is outside `HijriDay.validYears`.
    case yearOutOfRange(Int)
}
