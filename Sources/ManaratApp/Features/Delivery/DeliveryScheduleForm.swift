import Foundation
import ManaratDomain
import Vapor

/// The delivery of an approved request, as scheduled: one record, or monthly instalments.
struct DeliveryScheduleForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case version, kind, amount, method, iban, items, referralTo, firstDue, firstDueCalendar, instalments
    }

    /// The most instalments a schedule has: two years of months.
    static let instalmentRange = 1...24

    var version: Int?
    var kind: String?
    var amount: String?
    var method: String?
    var iban: String?
    var items: String?
    var referralTo: String?
    var firstDue: String?
    var firstDueCalendar: String?
    var instalments: String?

    /// The service kind chosen; nil for a value the list does not offer (a forged post).
    var serviceKind: ServiceKind? { kind.flatMap(ServiceKind.init(rawValue:)) }

    /// The plan, first due `today` unless a day is given, within what the committee `approved`;
    /// or every problem with it.
    func parsed(approved: Money?, today: GregorianDay) -> (plan: DeliveryPlan?, problems: [RequestProblem]) {
        var problems: [RequestProblem] = []
        guard let kind = serviceKind else { return (nil, problems) }
        let amount = Money.parse(self.amount ?? "") ?? .zero
        if kind == .cash, amount == .zero { problems.append(.deliveryAmountInvalid) }
        let method = kind == .cash ? self.method.flatMap(PaymentMethod.init(rawValue:)) : nil
        if kind == .cash, method == nil { problems.append(.paymentMethodRequired) }
        var iban: IBAN?
        if method == .bankTransfer {
            switch IBAN.parse(self.iban ?? "") {
            case .success(let value): iban = value
            case .failure(let problem): problems.append(.iban(problem))
            }
        }
        let items = (self.items ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if kind == .inKind, items.isEmpty { problems.append(.itemsRequired) }
        let referral = (referralTo ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if kind == .referral, referral.isEmpty { problems.append(.referralRequired) }
        var firstDue = today
        switch FormDay(self.firstDue, calendar: firstDueCalendar) {
        case .empty: break
        case .day(let day): firstDue = day
        case .invalid(let error): problems.append(.firstDue(error))
        }
        let count = Int(Digits.latinized((instalments ?? "1").trimmingCharacters(in: .whitespaces))) ?? 0
        if !Self.instalmentRange.contains(count) { problems.append(.instalmentsInvalid) }
        // Instalments add up to what the committee approved, never more.
        let total = Money(halalas: amount.halalas * max(count, 1))
        if let approved, approved.halalas > 0, total.halalas > approved.halalas {
            problems.append(.instalmentsExceedApproved(approved: approved, total: total))
        }
        guard problems.isEmpty else { return (nil, problems) }
        return (
            DeliveryPlan(
                kind: kind, amount: amount, method: method, iban: iban, items: String(items.prefix(1000)),
                referralTo: String(referral.prefix(500)), firstDue: firstDue, count: count),
            []
        )
    }
}
