import Foundation
import ManaratDomain
import Vapor

/// The needs assessment's inputs as posted, on its own page or inside a research report. Its
/// field names are a type, shared by the view and the problems.
struct NeedsForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case monthlyIncome, householdSize, monthlyRent, debts, housing, chronicIllnessCount, disabilityCount
        case dependantsUnder18, elderlyCount
    }

    var monthlyIncome: String?
    var householdSize: String?
    var monthlyRent: String?
    var debts: String?
    var housing: String?
    var chronicIllnessCount: String?
    var disabilityCount: String?
    var dependantsUnder18: String?
    var elderlyCount: String?

    /// The largest count a field takes.
    static let countLimit = 50

    init(
        monthlyIncome: String? = nil, householdSize: String? = nil, monthlyRent: String? = nil, debts: String? = nil,
        housing: String? = nil, chronicIllnessCount: String? = nil, disabilityCount: String? = nil,
        dependantsUnder18: String? = nil, elderlyCount: String? = nil
    ) {
        self.monthlyIncome = monthlyIncome
        self.householdSize = householdSize
        self.monthlyRent = monthlyRent
        self.debts = debts
        self.housing = housing
        self.chronicIllnessCount = chronicIllnessCount
        self.disabilityCount = disabilityCount
        self.dependantsUnder18 = dependantsUnder18
        self.elderlyCount = elderlyCount
    }

    /// The form filled from `household` as recorded on `today`, so the researcher corrects rather
    /// than retypes: the head counts as a member; children are under 18, the elderly 60 and over.
    init(household: Household?, today: GregorianDay) {
        let members = household?.members ?? []
        let ages = members.map { $0.bornOn.map { Beneficiary.ageInYears(bornOn: $0, on: today) } }
        self.init(
            monthlyIncome: household?.monthlyIncome.plain ?? "0", householdSize: String(members.count + 1),
            monthlyRent: household?.monthlyRent.plain ?? "0", debts: household?.debts.plain ?? "0",
            housing: household?.housing.rawValue ?? HousingType.rented.rawValue, chronicIllnessCount: "0",
            disabilityCount: "0", dependantsUnder18: String(ages.filter { ($0 ?? 99) < 18 }.count),
            elderlyCount: String(ages.filter { ($0 ?? 0) >= 60 }.count))
    }

    /// The factors typed, and every field that is not a valid amount or count (read as zero, or
    /// the minimum, meanwhile, so a research report can list them beside its own problems).
    func parsed() -> (factors: NeedsFactors, problems: [NeedsProblem]) {
        var problems: [NeedsProblem] = []
        func amount(_ text: String?, _ field: Field) -> Decimal {
            guard let money = Money.parse(text ?? "") else {
                problems.append(.amount(field: field.rawValue))
                return 0
            }
            return money.riyals
        }
        func count(_ text: String?, _ field: Field, minimum: Int = 0) -> Int {
            guard let value = Int(Digits.latinized((text ?? "").trimmingCharacters(in: .whitespaces))),
                value >= minimum, value <= Self.countLimit
            else {
                problems.append(.count(field: field.rawValue, minimum: minimum, maximum: Self.countLimit))
                return minimum
            }
            return value
        }
        let factors = NeedsFactors(
            monthlyIncome: amount(monthlyIncome, .monthlyIncome),
            householdSize: count(householdSize, .householdSize, minimum: 1),
            monthlyRent: amount(monthlyRent, .monthlyRent), debts: amount(debts, .debts),
            housing: housing.flatMap(HousingType.init(rawValue:)) ?? .other,
            chronicIllnessCount: count(chronicIllnessCount, .chronicIllnessCount),
            disabilityCount: count(disabilityCount, .disabilityCount),
            dependantsUnder18: count(dependantsUnder18, .dependantsUnder18),
            elderlyCount: count(elderlyCount, .elderlyCount))
        return (factors, problems)
    }
}
