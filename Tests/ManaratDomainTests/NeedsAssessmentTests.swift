import Foundation
import Testing

@testable import ManaratDomain

/// A household that scores nothing on any part, so each test changes only what it is about.
private func household(
    monthlyIncome: Decimal = 100_000,
    householdSize: Int = 1,
    monthlyRent: Decimal = 0,
    debts: Decimal = 0,
    housing: HousingType = .owned,
    chronicIllnessCount: Int = 0,
    disabilityCount: Int = 0,
    dependantsUnder18: Int = 0,
    elderlyCount: Int = 0
) -> NeedsFactors {
    NeedsFactors(
        monthlyIncome: monthlyIncome,
        householdSize: householdSize,
        monthlyRent: monthlyRent,
        debts: debts,
        housing: housing,
        chronicIllnessCount: chronicIllnessCount,
        disabilityCount: disabilityCount,
        dependantsUnder18: dependantsUnder18,
        elderlyCount: elderlyCount
    )
}

@Suite("Needs assessment")
struct NeedsAssessmentTests {
    @Test("a renting family of five on a low income scores each part as the policy describes")
    func workedExample() {
        // setup
        // 3000 income - 1500 rent = 300 per member: 1 - 300/1500 = 0.8 of 40 = 32.
        // One chronic illness: 20/3 = 6.67. Three children of five: 15 × 3/5 = 9.
        // Debts of 18000 are half a year's income: 10 × 0.5 = 5. Exact total 67.67.
        let factors = household(
            monthlyIncome: 3000,
            householdSize: 5,
            monthlyRent: 1500,
            debts: 18000,
            housing: .rented,
            chronicIllnessCount: 1,
            dependantsUnder18: 3
        )

        // act
        let score = NeedsAssessment.score(factors, weights: .standard)

        // assert
        #expect(score.parts == [.income: 32, .housing: 15, .health: 7, .dependants: 9, .debts: 5])
        #expect(score.total == 68)
        #expect(score.level == .high)
    }

    @Test(
        "the income part is full with nothing left per member and falls to zero at the threshold",
        arguments: [
            (Decimal(0), 1, Decimal(0), 40),
            (Decimal(750), 1, Decimal(0), 20),
            (Decimal(3000), 4, Decimal(0), 20),
            (Decimal(2000), 1, Decimal(1000), 13),
            (Decimal(1500), 1, Decimal(0), 0),
            (Decimal(3000), 2, Decimal(0), 0),
            (Decimal(9000), 1, Decimal(0), 0),
            (Decimal(1000), 1, Decimal(2500), 40),
            (Decimal(-500), 3, Decimal(0), 40),
        ]
    )
    func incomePart(income: Decimal, size: Int, rent: Decimal, expected: Int) {
        // setup
        let factors = household(monthlyIncome: income, householdSize: size, monthlyRent: rent)

        // act
        let score = NeedsAssessment.score(factors, weights: .standard)

        // assert
        #expect(score.parts[.income] == expected)
    }

    @Test(
        "renting counts fully, charity and other housing by half, an owned home not at all",
        arguments: [(HousingType.rented, 15), (.charityHousing, 8), (.other, 8), (.owned, 0)]
    )
    func housingPart(housing: HousingType, expected: Int) {
        // setup
        // Half of 15 is 7.5, which rounds half up to 8.
        let factors = household(housing: housing)

        // act
        let score = NeedsAssessment.score(factors, weights: .standard)

        // assert
        #expect(score.parts[.housing] == expected)
    }

    @Test(
        "each chronic illness or disability adds a third of the health weight, up to the full weight",
        arguments: [(0, 0, 0), (1, 0, 7), (0, 1, 7), (1, 1, 13), (2, 1, 20), (4, 3, 20)]
    )
    func healthPart(chronic: Int, disabled: Int, expected: Int) {
        // setup
        let factors = household(chronicIllnessCount: chronic, disabilityCount: disabled)

        // act
        let score = NeedsAssessment.score(factors, weights: .standard)

        // assert
        #expect(score.parts[.health] == expected)
    }

    @Test(
        "children and elderly members count as their share of the household, up to the full weight",
        arguments: [(5, 0, 0, 0), (5, 3, 0, 9), (5, 2, 1, 9), (4, 2, 2, 15), (3, 4, 1, 15), (0, 1, 0, 15)]
    )
    func dependantsPart(size: Int, children: Int, elderly: Int, expected: Int) {
        // setup
        let factors = household(householdSize: size, dependantsUnder18: children, elderlyCount: elderly)

        // act
        let score = NeedsAssessment.score(factors, weights: .standard)

        // assert
        #expect(score.parts[.dependants] == expected)
    }

    @Test(
        "debts count against a year of income and are full from one year",
        arguments: [
            (Decimal(1000), Decimal(0), 0),
            (Decimal(1000), Decimal(6000), 5),
            (Decimal(1000), Decimal(12000), 10),
            (Decimal(1000), Decimal(50000), 10),
            (Decimal(0), Decimal(100), 10),
            (Decimal(0), Decimal(0), 0),
            (Decimal(1000), Decimal(-6000), 0),
        ]
    )
    func debtsPart(income: Decimal, debts: Decimal, expected: Int) {
        // setup
        let factors = household(monthlyIncome: income, debts: debts)

        // act
        let score = NeedsAssessment.score(factors, weights: .standard)

        // assert
        #expect(score.parts[.debts] == expected)
    }

    @Test(
        "the level is critical from 75, high from 50, medium from 25 and low below",
        arguments: [
            (0, PriorityLevel.low), (24, .low), (25, .medium), (49, .medium),
            (50, .high), (74, .high), (75, .critical), (100, .critical),
        ]
    )
    func levels(total: Int, expected: PriorityLevel) {
        // setup
        // With only the dependants part weighted, k children in a household
        // of 100 score exactly k.
        let weights = NeedsWeights(income: 0, housing: 0, health: 0, dependants: 15, debts: 0)
        let factors = household(householdSize: 100, dependantsUnder18: total)

        // act
        let score = NeedsAssessment.score(factors, weights: weights)

        // assert
        #expect(score.total == total)
        #expect(score.level == expected)
    }

    @Test("the total is normalized over the weights, so scaling every weight changes nothing")
    func weightsAreRelative() {
        // setup
        let factors = household(
            monthlyIncome: 2000, householdSize: 4, monthlyRent: 800, housing: .rented, disabilityCount: 1,
            dependantsUnder18: 2)
        let doubled = NeedsWeights(
            incomeThresholdPerMember: 1500, income: 80, housing: 30, health: 40, dependants: 30, debts: 20)

        // act
        let standard = NeedsAssessment.score(factors, weights: .standard)
        let scaled = NeedsAssessment.score(factors, weights: doubled)

        // assert
        #expect(standard.total == scaled.total)
        #expect(scaled.parts[.housing] == 30)
        #expect(standard.parts[.housing] == 15)
    }

    @Test("an administrator's weights change the total: housing alone makes a renter critical")
    func customWeights() {
        // setup
        let housingOnly = NeedsWeights(income: 0, housing: 1, health: 0, dependants: 0, debts: 0)
        let factors = household(housing: .rented)

        // act
        let score = NeedsAssessment.score(factors, weights: housingOnly)

        // assert
        #expect(score.total == 100)
        #expect(score.level == .critical)
        #expect(NeedsAssessment.score(factors, weights: .standard).total == 15)
    }

    @Test("the threshold per member is a weight too: a higher threshold sees more need")
    func customThreshold() {
        // setup
        let factors = household(monthlyIncome: 1500)
        let higher = NeedsWeights(incomeThresholdPerMember: 3000)

        // act
        let standard = NeedsAssessment.score(factors, weights: .standard)
        let raised = NeedsAssessment.score(factors, weights: higher)

        // assert
        #expect(standard.parts[.income] == 0)
        #expect(raised.parts[.income] == 20)
    }

    @Test("all-zero weights give a total of 0 instead of dividing by zero")
    func zeroWeights() {
        // setup
        let weights = NeedsWeights(
            incomeThresholdPerMember: 0, income: 0, housing: 0, health: 0, dependants: 0, debts: 0)
        let factors = household(
            monthlyIncome: 0, householdSize: 6, debts: 5000, housing: .rented, chronicIllnessCount: 3,
            dependantsUnder18: 5)

        // act
        let score = NeedsAssessment.score(factors, weights: weights)

        // assert
        #expect(score.total == 0)
        #expect(score.level == .low)
        #expect(score.parts.values.allSatisfy { $0 == 0 })
        #expect(Set(score.parts.keys) == Set(NeedsScore.Part.allCases))
    }

    @Test("negative amounts, counts and weights count as zero instead of being refused")
    func negativesClamped() {
        // setup
        let factors = household(
            monthlyIncome: 100_000,
            householdSize: -3,
            monthlyRent: -700,
            debts: -1,
            chronicIllnessCount: -2,
            disabilityCount: -1,
            dependantsUnder18: -4,
            elderlyCount: -1
        )
        let weights = NeedsWeights(income: 40, housing: -15, health: 20, dependants: 15, debts: 10)

        // act
        let score = NeedsAssessment.score(factors, weights: weights)

        // assert
        #expect(score.total == 0)
        #expect(score.parts == [.income: 0, .housing: 0, .health: 0, .dependants: 0, .debts: 0])
    }

    @Test("a total exactly halfway between two whole numbers rounds up")
    func roundsHalfUp() {
        // setup
        // Half of a housing weight of 1 over total weight 4: 0.5 / 4 = 12.5 %.
        let weights = NeedsWeights(income: 3, housing: 1, health: 0, dependants: 0, debts: 0)
        let factors = household(housing: .charityHousing)

        // act
        let score = NeedsAssessment.score(factors, weights: weights)

        // assert
        #expect(score.total == 13)
        #expect(score.parts[.housing] == 1)
    }

    @Test("the highest possible need scores 100")
    func maximum() {
        // setup
        let factors = household(
            monthlyIncome: 0, householdSize: 4, debts: 1, housing: .rented, chronicIllnessCount: 3,
            dependantsUnder18: 3, elderlyCount: 1)

        // act
        let score = NeedsAssessment.score(factors, weights: .standard)

        // assert
        #expect(score.total == 100)
        #expect(score.level == .critical)
        #expect(score.parts == [.income: 40, .housing: 15, .health: 20, .dependants: 15, .debts: 10])
    }

    @Test("the standard weights are the association's defaults and survive storage")
    func standardWeights() throws {
        // setup
        let standard = NeedsWeights.standard

        // act
        let data = try JSONEncoder().encode(standard)
        let decoded = try JSONDecoder().decode(NeedsWeights.self, from: data)

        // assert
        #expect(standard.incomeThresholdPerMember == 1500)
        let partWeights: [Int] = [
            standard.income, standard.housing, standard.health, standard.dependants, standard.debts,
        ]
        #expect(partWeights == [40, 15, 20, 15, 10])
        #expect(decoded == standard)
    }

    @Test("priority levels sort from low to critical")
    func levelOrder() {
        // setup
        let shuffled: [PriorityLevel] = [.high, .low, .critical, .medium]

        // act
        let sorted = shuffled.sorted()

        // assert
        #expect(sorted == [.low, .medium, .high, .critical])
        #expect(PriorityLevel.medium < .high)
        #expect(!(PriorityLevel.critical < .low))
    }
}

@Suite("Contact channels")
struct ContactChannelTests {
    @Test("the channels are listed in the policy's order")
    func policyOrder() {
        // setup
        let policyOrder: [ContactChannel] = [
            .interview, .phone, .socialMedia, .letter,
            .assistanceRequest, .volunteering, .website, .branchRepresentative,
        ]

        // act
        let listed = ContactChannel.allCases

        // assert
        #expect(listed == policyOrder)
        #expect(ContactDirection.allCases == [.incoming, .outgoing])
    }
}
