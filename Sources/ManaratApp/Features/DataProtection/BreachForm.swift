import Foundation
import ManaratDomain
import Vapor

/// A personal-data breach as an administrator records it when they learn of it.
struct BreachForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case title, description, discovered, discoveredCalendar, discoveredTime, recordsAffected, peopleAffected
        case measures
    }

    var title: String?
    var description: String?
    var discovered: String?
    var discoveredCalendar: String?
    var discoveredTime: String?
    var recordsAffected: String?
    var peopleAffected: String?
    var measures: String?

    /// An empty form, its day in Hijri.
    static let blank = BreachForm(discoveredCalendar: "hijri")

    /// The breach, discovered at a moment in `timeZone` not after `now`, or every problem.
    func parsed(timeZone: TimeZone, now: Date) -> Result<BreachDraft, DataProtectionProblems> {
        var problems: [DataProtectionProblem] = []
        func required(_ value: String?, _ field: Field, limit: Int) -> String {
            let text = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty || text.count > limit { problems.append(.required(field)) }
            return text
        }
        let title = required(self.title, .title, limit: 200)
        let description = required(self.description, .description, limit: 4000)
        let records = required(recordsAffected, .recordsAffected, limit: 2000)
        let measures = (self.measures ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var day: GregorianDay?
        switch FormDay(discovered, calendar: discoveredCalendar) {
        case .empty: problems.append(.required(.discovered))
        case .day(let value): day = value
        case .invalid(let error): problems.append(.discovered(error))
        }
        let time = Self.time(discoveredTime)
        if time == nil { problems.append(.timeInvalid) }
        let people = Int(Digits.latinized((peopleAffected ?? "").trimmingCharacters(in: .whitespaces)))
        if (people ?? -1) < 0 { problems.append(.peopleInvalid) }
        let discoveredAt = day.flatMap { day in
            time.map { day.startOfDay(in: timeZone).addingTimeInterval(TimeInterval($0.hour * 3600 + $0.minute * 60)) }
        }
        if let discoveredAt, discoveredAt > now { problems.append(.discoveredInFuture) }
        guard problems.isEmpty, let discoveredAt, let people else {
            return .failure(DataProtectionProblems(problems: problems))
        }
        return .success(
            BreachDraft(
                title: title, description: description, discoveredAt: discoveredAt, recordsAffected: records,
                peopleAffected: people, measures: String(measures.prefix(4000))))
    }

    /// "14:30" (Arabic-Indic digits too) as hour and minute.
    static func time(_ text: String?) -> (hour: Int, minute: Int)? {
        let parts = Digits.latinized((text ?? "").trimmingCharacters(in: .whitespaces)).split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour),
            (0..<60).contains(minute), parts[1].count == 2
        else { return nil }
        return (hour, minute)
    }
}
