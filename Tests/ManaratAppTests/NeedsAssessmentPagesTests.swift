import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// The needs assessment: the forms and the service without a server, and both pages snapshotted
/// in Arabic and English.
@Suite("Needs assessment: forms, service and pages")
struct NeedsAssessmentPagesTests {
    static let today = GregorianDay(year: 2023, month: 2, day: 21)!

    static func member(_ name: String, bornOn: GregorianDay?) -> HouseholdMember {
        HouseholdMember(
            id: UUID(), fullName: name, relation: .son, gender: .male, identity: nil, bornOn: bornOn,
            healthConditions: "", parentageNote: "", beneficiaryID: nil)
    }

    @Test("the form starts from the household: the head counts, children are under 18, the elderly 60 and over")
    func prefilled() {
        // setup
        let household = Household(
            id: UUID(), headID: .mockBeneficiary, monthlyIncome: Money(halalas: 350_000), monthlyRent: .zero,
            debts: .zero, housing: .owned,
            members: [
                Self.member("ابن", bornOn: Self.today.adding(days: -365 * 10)),
                Self.member("جد", bornOn: Self.today.adding(days: -365 * 70)),
                Self.member("بلا تاريخ", bornOn: nil),
            ])
        // act
        let form = NeedsForm(household: household, today: Self.today)
        // assert
        #expect(form.householdSize == "4")
        #expect(form.dependantsUnder18 == "1")
        #expect(form.elderlyCount == "1")
        #expect(form.monthlyIncome == "3500")
        #expect(form.housing == "owned")
    }

    @Test("amounts and counts that cannot be read are named, each next to its field")
    func problems() {
        // setup
        let form = NeedsForm(
            monthlyIncome: "ثلاثة آلاف", householdSize: "0", monthlyRent: "0", debts: "0", housing: "rented",
            chronicIllnessCount: "٥١", disabilityCount: "0", dependantsUnder18: "0", elderlyCount: "0")
        // act
        let (_, problems) = form.parsed()
        // assert
        #expect(
            problems == [
                .amount(field: "monthlyIncome"), .count(field: "householdSize", minimum: 1, maximum: 50),
                .count(field: "chronicIllnessCount", minimum: 0, maximum: 50),
            ])
    }

    @Test("an assessment is scored with the weights in force and recorded with them and its assessor")
    func assess() async throws {
        // setup
        let store = InMemoryAssessmentStore(weights: .standard)
        let service = NeedsAssessmentService(store: store, clock: TestClock().wallClock)
        let (factors, _) = NeedsForm(household: nil, today: Self.today).parsed()
        // act
        let score = try await service.assess(factors, of: .mockBeneficiary, by: .mockQuality)
        // assert
        #expect(score == NeedsAssessment.score(factors, weights: .standard))
        #expect(
            await store.recorded == [
                .init(
                    beneficiaryID: .mockBeneficiary, weights: .standard, score: score, assessedByName: "نورة القحطاني")
            ])
    }

    @Test("weights are whole numbers from 0 to 100 and the threshold an amount above zero")
    func weights() {
        // act
        let refused = NeedsWeightsForm(
            incomeThresholdPerMember: "0", income: "101", housing: "10", health: "10", dependants: "10", debts: "x"
        ).parsed()
        let kept = NeedsWeightsForm(weights: .standard).parsed()
        // assert
        #expect(
            refused
                == .failure(
                    NeedsWeightsProblems(problems: [
                        .amount(field: "incomeThresholdPerMember"), .count(field: "income", minimum: 0, maximum: 100),
                        .count(field: "debts", minimum: 0, maximum: 100),
                    ])))
        #expect(kept == .success(.standard))
    }

    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        (
            "needs-assessment-refused",
            {
                AssessmentPage.render(
                    .init(
                        beneficiaryID: .mockBeneficiary, beneficiaryName: "فاطمة علي الزهراني",
                        threshold: Money(halalas: 150_000),
                        form: NeedsForm(household: nil, today: today),
                        problems: [.amount(field: "monthlyIncome")]), context: .mock($0, staff: .mockQuality))
            }
        ),
        (
            "needs-weights-saved",
            {
                NeedsWeightsPage.render(
                    .init(form: NeedsWeightsForm(weights: .standard), problems: [], saved: true),
                    context: .mock($0, staff: .mockQuality))
            }
        ),
    ]

    @Test(
        "each needs-assessment page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }
}
