import Foundation
import ManaratDomain
import Vapor

/// The retention schedule as posted: one period per kind of record, named by the kind.
struct RetentionScheduleForm: Content, Equatable {
    /// The periods as typed, by kind.
    var periods: [RetentionKind: String]

    init(periods: [RetentionKind: String]) {
        self.periods = periods
    }

    /// The form showing `schedule`.
    init(schedule: RetentionSchedule) {
        periods = Dictionary(uniqueKeysWithValues: RetentionKind.allCases.map { ($0, String(schedule.period($0))) })
    }

    /// `schedule` with the periods typed, or each period that is missing or out of its bounds.
    func parsed(over schedule: RetentionSchedule) -> Result<RetentionSchedule, DataProtectionProblems> {
        var schedule = schedule
        var problems: [DataProtectionProblem] = []
        for kind in RetentionKind.allCases {
            guard let period = Int(Digits.latinized((periods[kind] ?? "").trimmingCharacters(in: .whitespaces))) else {
                problems.append(.periodMissing(kind))
                continue
            }
            switch schedule.set(kind, to: period) {
            case .success: break
            case .failure(.belowMinimum(_, let minimum)): problems.append(.belowMinimum(kind, minimum: minimum))
            case .failure(.aboveMaximum(_, let maximum)): problems.append(.aboveMaximum(kind, maximum: maximum))
            }
        }
        return problems.isEmpty ? .success(schedule) : .failure(DataProtectionProblems(problems: problems))
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var periods: [RetentionKind: String] = [:]
        for kind in RetentionKind.allCases {
            periods[kind] = try? container.decodeIfPresent(String.self, forKey: Key(stringValue: kind.rawValue))
        }
        self.init(periods: periods)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (kind, value) in periods { try container.encode(value, forKey: Key(stringValue: kind.rawValue)) }
    }
}
