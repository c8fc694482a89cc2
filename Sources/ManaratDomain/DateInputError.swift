import Foundation

/// Why typed text could not be read as a date.
public enum DateInputError: Error, Equatable, Sendable {
    /// Nothing but spaces was typed.
    case empty
    /// The text is not a date in any accepted shape.
    case unreadable
    /// The shape is right but the Hijri day does not exist.
    case invalidHijri(HijriDateError)
    /// The shape is right but the Gregorian day does not exist.
    case invalidGregorian
    /// The year belongs to the other calendar: "21/02/2023" typed with Hijri chosen would
    /// otherwise be read as the year 2023 AH, five centuries ahead.
    case otherCalendar(DateInputCalendar)
}
