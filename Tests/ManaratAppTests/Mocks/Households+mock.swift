import Foundation
import ManaratDomain

@testable import ManaratApp

extension HouseholdProposal {
    /// Fatimah proposing to add her newborn daughter, pending.
    static let mockNewborn = HouseholdProposal(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c5")!, beneficiaryID: .mockBeneficiary, kind: "add",
        memberName: "سارة سعد الزهراني", relation: .daughter, gender: .female, identityNumber: nil,
        bornOn: GregorianDay(year: 2023, month: 1, day: 10), memberID: nil, note: "مولودة جديدة",
        status: .pending, decisionNote: "", createdAt: Date(timeIntervalSince1970: 1_676_959_200))
}

extension PortalHouseholdPage.Model {
    /// Fatimah's household with one member and a refused proposal, her earlier proposal answered.
    static let mockRefused: PortalHouseholdPage.Model = {
        var answered = HouseholdProposal.mockNewborn
        answered.status = .approved
        answered.decisionNote = "تمت الإضافة"
        return PortalHouseholdPage.Model(
            household: BeneficiaryFilePage.Model.mockFull.household, proposals: [answered],
            problems: [.memberNameMissing, .identity(.wrongLength(expected: 10))])
    }()
}
