import Foundation

/// An admin-set period per kind of record, and the moment before which records have expired.
public struct RetentionSchedule: Sendable, Equatable {
    /// The period of each kind, in its unit.
    public private(set) var periods: [RetentionKind: Int]

    /// Why a period is refused.
    public enum Refusal: Error, Equatable, Sendable {
        case belowMinimum(RetentionKind, minimum: Int)
        case aboveMaximum(RetentionKind, maximum: Int)
    }

    /// Every kind at its default period.
    public static let standard = RetentionSchedule(periods: [:])

    /// A schedule with `periods` for some kinds and the defaults for the rest.
    public init(periods: [RetentionKind: Int]) {
        self.periods = Dictionary(
            uniqueKeysWithValues: RetentionKind.allCases.map { ($0, periods[$0] ?? $0.defaultPeriod) })
    }

    /// The period of `kind`.
    public func period(_ kind: RetentionKind) -> Int {
        periods[kind] ?? kind.defaultPeriod
    }

    /// Sets `kind`'s period, within its bounds.
    public mutating func set(_ kind: RetentionKind, to period: Int) -> Result<Void, Refusal> {
        if period < kind.minimumPeriod { return .failure(.belowMinimum(kind, minimum: kind.minimumPeriod)) }
        if period > kind.maximumPeriod { return .failure(.aboveMaximum(kind, maximum: kind.maximumPeriod)) }
        periods[kind] = period
        return .success(())
    }

    /// Records of `kind` that ended before this moment have expired at `now`.
    public func cutoff(_ kind: RetentionKind, now: Date, timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let component: Calendar.Component = kind.unit == .years ? .year : .day
        return calendar.date(byAdding: component, value: -period(kind), to: now) ?? now
    }
}
