import Foundation

/// A day of the week, numbered as Foundation's `Calendar` numbers weekdays so
/// raw values can be exchanged with it without translation.
public enum Weekday: Int, Sendable, CaseIterable {
    /// Sunday, the first day in Foundation's numbering.
    case sunday = 1
    /// Monday.
    case monday
    /// Tuesday.
    case tuesday
    /// Wednesday.
    case wednesday
    /// Thursday.
    case thursday
    /// Friday.
    case friday
    /// Saturday.
    case saturday
}
