import Foundation

/// The kinds of records the retention schedule covers, each with its unit, the period it is kept
/// by default, the least the law allows, and what happens when it expires.
public enum RetentionKind: String, CaseIterable, Codable, Sendable {
    /// Support requests closed (completed, rejected, withdrawn): their free text, research findings
    /// and documents are removed; reference, type, status and dates stay for the statistics.
    case closedRequests
    /// Service deliveries (cash, in-kind, referral): financial records, kept at least ten years, then deleted.
    case serviceRecords
    /// Answered inquiries, with their attachments: deleted.
    case inquiries
    /// Closed complaints and suggestions: the text and the contact's name and phone are removed;
    /// kind, subject, dates and the improvement taken stay.
    case feedback
    /// One-time sign-in codes (only their keyed hashes are stored): deleted.
    case signInCodes
    /// The idempotency keys of submitted forms (a retry comes within minutes): deleted.
    case submissionKeys

    /// Whether the period is counted in years or in days.
    public enum Unit: String, Sendable { case years, days }

    /// The period's unit.
    public var unit: Unit {
        self == .signInCodes || self == .submissionKeys ? .days : .years
    }

    /// The period used until an admin sets one.
    public var defaultPeriod: Int {
        switch self {
        case .closedRequests: return 5
        case .serviceRecords: return 10
        case .inquiries: return 2
        case .feedback: return 3
        case .signInCodes: return 30
        case .submissionKeys: return 7
        }
    }

    /// The shortest period allowed (financial records: ten years).
    public var minimumPeriod: Int {
        switch self {
        case .serviceRecords: return 10
        case .signInCodes: return 1
        default: return 1
        }
    }

    /// The longest period accepted.
    public var maximumPeriod: Int {
        unit == .years ? 50 : 3650
    }
}

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
        self.periods = Dictionary(uniqueKeysWithValues: RetentionKind.allCases.map { ($0, periods[$0] ?? $0.defaultPeriod) })
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
