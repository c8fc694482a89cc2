import Foundation

/// How a household is housed.
///
/// The raw values are stored in the database and never renamed.
public enum HousingType: String, CaseIterable, Codable, Sendable {
    /// The family owns its home (ملك).
    case owned
    /// The family pays rent (إيجار).
    case rented
    /// Housing provided by a charity (سكن خيري).
    case charityHousing
    /// Any other arrangement, such as living with relatives.
    case other
}

/// The facts about a household that the needs assessment weighs.
///
/// Amounts are Saudi riyals per month except `debts`, which is the total owed.
public struct NeedsFactors: Sendable, Equatable {
    /// The household's total monthly income.
    public var monthlyIncome: Decimal
    /// The number of people in the household.
    public var householdSize: Int
    /// The monthly rent, zero when none is paid.
    public var monthlyRent: Decimal
    /// The total of outstanding debts.
    public var debts: Decimal
    /// How the household is housed.
    public var housing: HousingType
    /// Members with a chronic illness.
    public var chronicIllnessCount: Int
    /// Members with a disability.
    public var disabilityCount: Int
    /// Children under 18.
    public var dependantsUnder18: Int
    /// Elderly members.
    public var elderlyCount: Int

    /// Creates the factors of one household.
    public init(
        monthlyIncome: Decimal,
        householdSize: Int,
        monthlyRent: Decimal,
        debts: Decimal,
        housing: HousingType,
        chronicIllnessCount: Int,
        disabilityCount: Int,
        dependantsUnder18: Int,
        elderlyCount: Int
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
}

/// The weights of the needs assessment, which an administrator may change.
///
/// Weights are relative: the total is normalized over their sum, so they need
/// not add up to 100.
public struct NeedsWeights: Sendable, Equatable, Codable {
    /// The monthly income per household member, in riyals, at or above which
    /// the income part scores nothing.
    public var incomeThresholdPerMember: Decimal
    /// The weight of income.
    public var income: Int
    /// The weight of housing.
    public var housing: Int
    /// The weight of illness and disability.
    public var health: Int
    /// The weight of children and elderly members.
    public var dependants: Int
    /// The weight of debts.
    public var debts: Int

    /// The association's default weights, which add up to 100.
    public static let standard = NeedsWeights()

    /// Creates weights; the defaults are the standard ones.
    public init(
        incomeThresholdPerMember: Decimal = 1500,
        income: Int = 40,
        housing: Int = 15,
        health: Int = 20,
        dependants: Int = 15,
        debts: Int = 10
    ) {
        self.incomeThresholdPerMember = incomeThresholdPerMember
        self.income = income
        self.housing = housing
        self.health = health
        self.dependants = dependants
        self.debts = debts
    }
}

/// How urgently a household needs help.
///
/// The raw values are stored in the database and never renamed.
public enum PriorityLevel: String, CaseIterable, Codable, Sendable, Comparable {
    /// Total below 25.
    case low
    /// Total from 25.
    case medium
    /// Total from 50.
    case high
    /// Total from 75.
    case critical

    /// Orders levels from least to most urgent.
    public static func < (lhs: PriorityLevel, rhs: PriorityLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The outcome of a needs assessment.
public struct NeedsScore: Sendable, Equatable {
    /// The overall need, 0...100.
    public var total: Int
    /// The priority the total falls into.
    public var level: PriorityLevel
    /// The points each part earned, out of that part's weight; every part is present.
    public var parts: [Part: Int]

    /// One part of the assessment.
    public enum Part: String, CaseIterable, Sendable, Hashable {
        /// Income per household member after rent.
        case income
        /// The kind of housing.
        case housing
        /// Chronic illness and disability.
        case health
        /// Children and elderly members.
        case dependants
        /// Debts compared with a year's income.
        case debts
    }

    /// Creates a score.
    public init(total: Int, level: PriorityLevel, parts: [Part: Int]) {
        self.total = total
        self.level = level
        self.parts = parts
    }
}

/// Scores a household's need so that requests can be prioritised fairly.
///
/// Each part earns a share (0...1) of its weight:
/// - income: 1 when nothing is left per member after rent, falling linearly
///   to 0 at or above `incomeThresholdPerMember`;
/// - housing: rented 1, charity housing and other ½, owned 0;
/// - health: ⅓ for each member with a chronic illness or a disability, at most 1;
/// - dependants: children under 18 and elderly members as a share of the
///   household, at most 1;
/// - debts: debts over twelve months of income, at most 1 (any debt with no
///   income counts fully).
///
/// The total is the sum of the exact points over the sum of the weights,
/// times 100. Rounding happens only at the end, half up to a whole number,
/// for the total and for each part separately; the parts shown may therefore
/// add up to one or two points more or less than the total.
///
/// Nothing is refused: negative amounts, counts and weights count as zero,
/// and a household size below one counts as one, so a half-filled form still
/// gets a score staff can review. When all weights are zero the total is 0.
public enum NeedsAssessment {
    private static let monthsOfIncomeForFullDebt: Decimal = 12

    /// Scores `factors` with `weights`.
    public static func score(_ factors: NeedsFactors, weights: NeedsWeights) -> NeedsScore {
        let shares: [NeedsScore.Part: Decimal] = [
            .income: incomeShare(factors, threshold: weights.incomeThresholdPerMember),
            .housing: housingShare(factors.housing),
            .health: healthShare(factors),
            .dependants: dependantsShare(factors),
            .debts: debtsShare(factors),
        ]
        var points: [NeedsScore.Part: Decimal] = [:]
        var weightSum: Decimal = 0
        for part in NeedsScore.Part.allCases {
            let weight = Decimal(max(0, weight(of: part, in: weights)))
            weightSum += weight
            points[part] = weight * (shares[part] ?? 0)
        }
        let pointSum = points.values.reduce(Decimal(0), +)
        let total = weightSum > 0 ? roundedHalfUp(pointSum * 100 / weightSum) : 0
        let clampedTotal = min(100, max(0, total))
        return NeedsScore(
            total: clampedTotal,
            level: level(for: clampedTotal),
            parts: points.mapValues(roundedHalfUp)
        )
    }

    private static func weight(of part: NeedsScore.Part, in weights: NeedsWeights) -> Int {
        switch part {
        case .income: weights.income
        case .housing: weights.housing
        case .health: weights.health
        case .dependants: weights.dependants
        case .debts: weights.debts
        }
    }

    private static func level(for total: Int) -> PriorityLevel {
        switch total {
        case 75...: .critical
        case 50...: .high
        case 25...: .medium
        default: .low
        }
    }

    private static func incomeShare(_ factors: NeedsFactors, threshold: Decimal) -> Decimal {
        let members = Decimal(max(1, factors.householdSize))
        let left = max(0, nonNegative(factors.monthlyIncome) - nonNegative(factors.monthlyRent))
        let perMember = left / members
        // With no threshold every income is "at or above" it.
        guard threshold > 0 else { return 0 }
        return clampedShare(1 - perMember / threshold)
    }

    private static func housingShare(_ housing: HousingType) -> Decimal {
        switch housing {
        case .rented: 1
        case .charityHousing, .other: Decimal(1) / 2
        case .owned: 0
        }
    }

    private static func healthShare(_ factors: NeedsFactors) -> Decimal {
        let affected = max(0, factors.chronicIllnessCount) + max(0, factors.disabilityCount)
        return clampedShare(Decimal(affected) / 3)
    }

    private static func dependantsShare(_ factors: NeedsFactors) -> Decimal {
        let dependants = max(0, factors.dependantsUnder18) + max(0, factors.elderlyCount)
        return clampedShare(Decimal(dependants) / Decimal(max(1, factors.householdSize)))
    }

    private static func debtsShare(_ factors: NeedsFactors) -> Decimal {
        let debts = nonNegative(factors.debts)
        guard debts > 0 else { return 0 }
        let yearlyIncome = nonNegative(factors.monthlyIncome) * monthsOfIncomeForFullDebt
        guard yearlyIncome > 0 else { return 1 }
        return clampedShare(debts / yearlyIncome)
    }

    private static func nonNegative(_ amount: Decimal) -> Decimal {
        // A NaN amount (from a malformed import) is treated as nothing rather than poisoning the sum.
        amount.isNaN || amount < 0 ? 0 : amount
    }

    private static func clampedShare(_ share: Decimal) -> Decimal {
        share.isNaN ? 0 : min(1, max(0, share))
    }

    /// Rounds half up (away from zero; every value here is non-negative) to a whole number.
    private static func roundedHalfUp(_ value: Decimal) -> Int {
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, 0, .plain)
        return NSDecimalNumber(decimal: rounded).intValue
    }
}
