import Foundation
import ManaratDomain
import Vapor

/// A gift as posted from a supporter's page: cash or in kind, its amount, what was given and
/// what it is for, and the day it arrived (today when not given).
struct SupportEntryForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case kind, amount, items, designation, receivedOn, receivedOnCalendar
    }

    /// The longest description of goods and of the purpose kept; longer text is cut.
    static let itemsLimit = 500
    static let designationLimit = 200

    var kind: String?
    var amount: String?
    var items: String?
    var designation: String?
    var receivedOn: String?
    var receivedOnCalendar: String?

    /// The gift `id` from supporter `supporterID`, received `today` unless a day was typed, or every
    /// problem: an amount above zero, and for a gift in kind what was given.
    func parsed(as id: UUID, from supporterID: UUID, today: GregorianDay) -> Result<SupportEntry, SupporterProblems> {
        var problems: [SupporterProblem] = []
        let amount = Money.parse(self.amount ?? "")
        if amount == nil || amount == .zero { problems.append(.amountInvalid) }
        let kind = self.kind.flatMap(SupportKind.init(rawValue:)) ?? .cash
        let items = (self.items ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if kind == .inKind, items.isEmpty { problems.append(.itemsMissing) }
        var received = today
        switch FormDay(receivedOn, calendar: receivedOnCalendar) {
        case .empty: break
        case .day(let day): received = day
        case .invalid(let error): problems.append(.receivedOn(error))
        }
        guard problems.isEmpty, let amount else { return .failure(SupporterProblems(problems: problems)) }
        return .success(
            SupportEntry(
                id: id, supporterID: supporterID, kind: kind, amount: amount,
                items: String(items.prefix(Self.itemsLimit)),
                designation: String((designation ?? "").prefix(Self.designationLimit)), receivedOn: received))
    }
}
