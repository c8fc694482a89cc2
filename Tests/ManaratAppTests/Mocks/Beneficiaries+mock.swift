import Foundation
import ManaratDomain

@testable import ManaratApp

extension BeneficiaryForm {
    /// Fatimah's registration as the relations employee typed it, consent given.
    static let mockFatimah: BeneficiaryForm = {
        var form = BeneficiaryForm(branchID: nil)
        form.firstName = "فاطمة"
        form.fatherName = "علي"
        form.familyName = "الزهراني"
        form.identityNumber = "1000000008"
        form.gender = Gender.female.rawValue
        form.bornOn = "1/1/1400"
        form.phone = "0501234567"
        form.city = "الرياض"
        form.consent = "on"
        return form
    }()
}

extension Beneficiary {
    /// Fatimah's file as registered at the desk, born 1 Muharram 1400.
    static let mockFatimahAtDesk: Beneficiary = {
        var fatimah = Beneficiary.mockFatimah
        fatimah.gender = .female
        fatimah.bornOn = GregorianDay(year: 1979, month: 11, day: 21)
        fatimah.maritalStatus = .widowed
        fatimah.healthConditions = "سكري"
        return fatimah
    }()
}

extension PossibleDuplicate {
    /// Another file with Fatimah's birth day and phone and a like name.
    static let mockFatimaDuplicate = PossibleDuplicate(
        summary: BeneficiarySummary(
            id: UUID(uuidString: "00000000-0000-4000-8000-0000000000d2")!, fileNumber: "B-00002",
            fullName: "فاطمه علي الزهراني", identity: IdentityNumber(storedType: .nationalID, value: "1000000016"),
            phone: "+966501234567", city: "الرياض", bornOn: GregorianDay(year: 1979, month: 11, day: 21)),
        match: DuplicateMatch(score: 90, reasons: [.similarName, .sameBirthDate, .samePhone]))
}

extension BeneficiaryListPage.Model {
    /// A search for Fatimah, first page of more.
    static let mock = BeneficiaryListPage.Model(
        query: "فاطمة", rows: [PossibleDuplicate.mockFatimaDuplicate.summary], page: 1, previousPath: nil,
        nextPath: "/staff/beneficiaries?q=%D9%81%D8%A7%D8%B7%D9%85%D8%A9&page=2", mayCreate: true)
}

extension BeneficiaryEditor.Model {
    /// A registration refused: no first name, a mistyped identity, a wrong mobile, no consent.
    static let mockRefused: BeneficiaryEditor.Model = {
        var form = BeneficiaryForm.mockFatimah
        form.firstName = ""
        form.identityNumber = "1000000009"
        form.phone = "12345"
        form.consent = nil
        return BeneficiaryEditor.Model(
            id: nil, form: form, categories: [.mockWidows], branches: [],
            problems: [
                .required(.firstName), .identity(.checksumFailed), .phoneInvalid(.phone), .consentMissing,
            ], duplicates: [], mayEditSensitive: true)
    }()

    /// A registration held back until the employee reviews a likely duplicate.
    static let mockDuplicates = BeneficiaryEditor.Model(
        id: nil, form: .mockFatimah, categories: [.mockWidows], branches: [], problems: [],
        duplicates: [.mockFatimaDuplicate], mayEditSensitive: false)

    /// An edit saved over by someone else in the meantime.
    static let mockStale = BeneficiaryEditor.Model(
        id: .mockBeneficiary, form: BeneficiaryForm(.mockFatimahAtDesk), categories: [.mockWidows], branches: [],
        problems: [.changedBySomeoneElse], duplicates: [], mayEditSensitive: true)
}

extension BeneficiaryFilePage.Model {
    /// Fatimah's file as a researcher reads it: household, an assessment, a request, contacts and history.
    static let mockFull: BeneficiaryFilePage.Model = {
        let at = Date(timeIntervalSince1970: 1_676_959_200)
        let contact = Contact(
            id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c7")!, partyKind: .beneficiary,
            partyID: .mockBeneficiary, channel: .phone, direction: .incoming, branchID: nil,
            staffID: StaffMember.mockRelations.id, summary: "سألت عن موعد الزيارة.", followUpOn: nil,
            followUpDone: false,
            occurredAt: at)
        return BeneficiaryFilePage.Model(
            beneficiary: .mockFatimahAtDesk, categories: [.mockWidows], branchName: "فرع الرياض",
            household: Household(
                id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c8")!, headID: .mockBeneficiary,
                monthlyIncome: Money(halalas: 250_000), monthlyRent: Money(halalas: 300_000), debts: .zero,
                housing: .rented,
                members: [
                    HouseholdMember(
                        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c9")!, fullName: "محمد سعد الزهراني",
                        relation: .son, gender: .male, identity: nil,
                        bornOn: GregorianDay(year: 2012, month: 5, day: 1),
                        healthConditions: "ربو", parentageNote: "", beneficiaryID: nil)
                ]), memberOfHouseholdHeadedBy: nil,
            assessments: [
                StoredAssessment(
                    factors: NeedsForm(
                        monthlyIncome: "2500", householdSize: "2", monthlyRent: "3000", debts: "0", housing: "rented",
                        chronicIllnessCount: "1", disabilityCount: "0", dependantsUnder18: "1", elderlyCount: "0"
                    ).parsed().factors, weights: .standard, total: 72, level: .high,
                    assessedByName: StaffMember.mockResearcher.displayName, assessedAt: at)
            ],
            contacts: [ContactLine(contact: contact, recordedBy: StaffMember.mockRelations.displayName)],
            consent: ConsentRecord(
                noticeVersion: PrivacyNotice.currentVersion, channel: .interview, staffID: nil, givenAt: at),
            duplicates: [.mockFatimaDuplicate], mayReadSensitive: true, mayEdit: true, mayRecordContacts: true,
            saved: true,
            requests: [RequestSummary(request: .mockFatimahRent, beneficiaryName: "", fileNumber: "B-00001")],
            requestTypeNames: [RequestType.mockRent.id: "دعم الإيجار"], mayCreateRequest: true,
            researchers: [.mockResearcher], proposals: [.mockNewborn],
            history: [
                .init(at: at, kind: .contact(.phone, .incoming), detail: contact.summary, link: nil),
                .init(
                    at: at.addingTimeInterval(-3600),
                    kind: .requestStep(reference: "REQ-1444-00001", status: .inResearch),
                    detail: "", link: "/staff/requests/00000000-0000-4000-8000-0000000000e1"),
                .init(
                    at: at.addingTimeInterval(-7200),
                    kind: .delivery(reference: "REQ-1444-00001", service: .cash, amount: Money(halalas: 300_000)),
                    detail: "استلمت", link: "/staff/requests/00000000-0000-4000-8000-0000000000e1"),
                .init(
                    at: at.addingTimeInterval(-9000), kind: .message(.sms, .requestReceived, .sent),
                    detail: "استلمنا طلبك.", link: nil),
            ], branches: [])
    }()
}
