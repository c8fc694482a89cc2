import Foundation

/// The calendar a person typed a date in.
public enum DateInputCalendar: String, Sendable, CaseIterable, Codable {
    /// Umm al-Qura Hijri.
    case hijri
    /// Gregorian.
    case gregorian
}
