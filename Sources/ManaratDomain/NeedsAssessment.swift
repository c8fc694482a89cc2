import Foundation

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
