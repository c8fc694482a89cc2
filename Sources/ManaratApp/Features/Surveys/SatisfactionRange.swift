import Foundation
import ManaratDomain

/// The days and branch satisfaction figures are counted on.
struct SatisfactionRange: Sendable, Equatable {
    /// The first day counted.
    var from: GregorianDay
    /// The last day counted, whole.
    var to: GregorianDay
    /// One branch, or nil for all.
    var branchID: UUID?

    /// The instants `[start, end)` the range covers in `timeZone`.
    func instants(in timeZone: TimeZone) -> (start: Date, end: Date) {
        (from.startOfDay(in: timeZone), to.adding(days: 1).startOfDay(in: timeZone))
    }
}
