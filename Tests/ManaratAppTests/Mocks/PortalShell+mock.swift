@preconcurrency import Crypto
import Foundation
import ManaratDomain
import ManaratTestSupport

@testable import ManaratApp

extension PortalRegistration {
    /// Fatimah, with a national ID and her mobile.
    static let mockFatimah = PortalRegistration(
        identity: try! IdentityNumber.parse("1000000008", type: .nationalID).get(), firstName: "فاطمة",
        fatherName: "علي", familyName: "الزهراني", mobile: "+966501234567", city: "الرياض")
}

extension Beneficiary {
    /// Fatimah's file.
    static let mockFatimah = PortalRegistration.mockFatimah.beneficiary(
        id: .mockBeneficiary, fileNumber: "B-00001", language: .arabic)
}

/// The codes a test's sender was asked to send.
actor SentCodes {
    private(set) var sent: [(beneficiaryID: UUID, code: String, mobile: String)] = []

    func add(_ beneficiary: Beneficiary, _ code: String, _ mobile: String) {
        sent.append((beneficiary.id, code, mobile))
    }
}

extension PortalSignInService {
    /// The service on `store`, a fresh counter, `clock` and sequential ids, always issuing the
    /// code 123456 and recording what it sends in `sent`.
    static func mock(_ store: InMemoryPortalAccessStore, clock: TestClock, sent: SentCodes) -> PortalSignInService {
        PortalSignInService(
            store: store, attempts: InMemoryAttemptCounter(),
            sender: PortalCodeSender { beneficiary, code, mobile in await sent.add(beneficiary, code, mobile) },
            clock: clock.wallClock, ids: .sequential(), newCode: { "123456" },
            key: SymmetricKey(data: Data(repeating: 7, count: 32)), identityIndex: { "index:" + $0 })
    }
}

extension PortalSignInPage.Model {
    /// Both fields wrong.
    static let mockRefused = PortalSignInPage.Model(
        form: PortalSignInForm(identityNumber: "123", phone: "0123"), problems: [.identityInvalid, .phoneInvalid])
    /// Too many codes asked for.
    static let mockTooMany = PortalSignInPage.Model(form: PortalSignInForm(), problems: [.tooManyCodes])
}

extension PortalRegisterPage.Model {
    /// A registration sent without names, city or consent.
    static let mockRefused = PortalRegisterPage.Model(
        form: PortalRegisterForm(identityType: "national_id", identityNumber: "1000000008", phone: "0501234567"),
        problems: [.required(.firstName), .required(.fatherName), .required(.familyName), .required(.city), .consent])
}

extension SupportRequest {
    /// Fatimah's rent request, in research, due on 5 March 2023.
    static let mockFatimahRent = SupportRequest(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000e1")!, reference: "REQ-1444-00001",
        beneficiaryID: .mockBeneficiary, typeID: UUID(uuidString: "00000000-0000-4000-8000-0000000000f1")!,
        status: .inResearch, channel: .website, branchID: nil, intakeStaffID: nil, fieldValues: [:], details: "",
        amountRequested: .zero, submittedAt: nil, submittedOn: GregorianDay(year: 2023, month: 2, day: 19),
        expectedResponseOn: GregorianDay(year: 2023, month: 3, day: 5), attestation: nil, researcherID: nil,
        decision: nil, version: 1)
}

extension PortalHomePage.Model {
    /// Fatimah's home: one request in research, one draft missing two things, two unread notices.
    static let mock: PortalHomePage.Model = {
        var draft = SupportRequest.mockFatimahRent
        draft.id = UUID(uuidString: "00000000-0000-4000-8000-0000000000e2")!
        draft.reference = "REQ-1444-00002"
        draft.status = .draft
        draft.expectedResponseOn = nil
        let rent = ServicesPage.Model.mock.services[0].type
        return PortalHomePage.Model(
            firstName: "فاطمة",
            requests: [
                .init(
                    summary: RequestSummary(request: .mockFatimahRent, beneficiaryName: "", fileNumber: "B-00001"),
                    type: rent, missing: 0),
                .init(
                    summary: RequestSummary(request: draft, beneficiaryName: "", fileNumber: "B-00001"), type: rent,
                    missing: 2),
            ],
            inquiries: [], feedback: [], messages: [.mock(2, channel: .portal)], unread: 2)
    }()
}

extension PortalProfilePage.Model {
    /// Fatimah's details sent with a wrong second mobile and no city.
    static let mockRefused = PortalProfilePage.Model(
        form: PortalProfileForm(
            phone: "0501234567", phoneOther: "12345", city: "", district: "النسيم", preferredChannel: "phone",
            preferredLanguage: "ar", version: 3),
        problems: [.phoneInvalid(.phoneOther), .cityRequired], saved: false)
}

extension MyDataPage.Model {
    /// Fatimah's data: her file, consent, one request and one open data request.
    static let mock = MyDataPage.Model(
        export: PortalDataExport(
            beneficiary: .mockFatimah, household: nil,
            consent: ConsentRecord(
                noticeVersion: "2026.1", channel: .website, staffID: nil,
                givenAt: Date(timeIntervalSince1970: 1_676_959_200)),
            requests: [.mockFatimahRent], documents: [], contacts: [],
            dataRequests: [
                DataSubjectRequest(
                    id: UUID(uuidString: "00000000-0000-4000-8000-0000000000e9")!, beneficiaryID: .mockBeneficiary,
                    kind: "correction", details: "اسم العائلة مكتوب خطأ", status: .open,
                    dueOn: GregorianDay(year: 2023, month: 3, day: 23)!, answer: "",
                    createdAt: Date(timeIntervalSince1970: 1_676_959_200), extensionReason: "", extendedAt: nil)
            ]),
        detailsMissing: true)
}
