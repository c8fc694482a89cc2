import Foundation
import ManaratDomain

@testable import ManaratApp

extension RequestType {
    /// Rent support: the landlord's name, a valid identity copy and lease, paid in cash.
    static let mockRent = RequestType(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f1")!, code: "rent", nameArabic: "دعم الإيجار",
        nameEnglish: "Rent support", descriptionArabic: "مساعدة في سداد إيجار السكن.",
        descriptionEnglish: "Help paying the rent of one's home.",
        requiredFields: [RequestField(key: "landlord", labelArabic: "اسم المؤجر", labelEnglish: "Landlord's name")],
        requiredDocuments: [
            DocumentRequirement(kind: .identityCopy, mustBeValidAtSubmission: true),
            DocumentRequirement(kind: .lease, mustBeValidAtSubmission: true),
        ],
        eligibleCategoryIDs: [], serviceKinds: [.cash], isActive: true)
}

extension StaffMember {
    /// A beneficiary-relations employee, who takes requests in.
    static let mockRelations = StaffMember(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000a3")!, username: "relations.ruh",
        displayName: "هند الشهري", roles: [.relations], branchID: nil, isActive: true)

    /// A social researcher.
    static let mockResearcher = StaffMember(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000a4")!, username: "research.ruh",
        displayName: "خالد الدوسري", roles: [.researcher], branchID: nil, isActive: true)
}

extension RequestFile {
    /// Fatimah's rent request as a draft: the landlord named, her identity copy given, the lease missing.
    static let mockFatimahDraft: RequestFile = {
        var request = SupportRequest.mockFatimahRent
        request.status = .draft
        request.submittedOn = nil
        request.expectedResponseOn = nil
        request.details = "تأخرت في سداد إيجار ثلاثة أشهر."
        request.amountRequested = Money(halalas: 900_000)
        request.fieldValues = ["landlord": "سعد الحربي"]
        request.channel = .interview
        var identity = RequestDocument(
            id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c1")!, kind: .identityCopy, sha256: "",
            format: .pdf, size: 52_000, originalName: "هوية.pdf", issuedOn: GregorianDay(year: 2020, month: 1, day: 5),
            expiresOn: GregorianDay(year: 2030, month: 1, day: 4),
            uploadedAt: Date(timeIntervalSince1970: 1_676_900_000),
            requestID: request.id)
        identity.identityNumber = "1000000008"
        return RequestFile(
            request: request, type: .mockRent, beneficiary: .mockFatimah, documents: [identity],
            householdIdentities: [], reports: [])
    }()

    /// The same request in research with `researcher`, with one report written.
    static func mockInResearch(researcher: StaffMember = .mockResearcher) -> RequestFile {
        var file = RequestFile.mockFatimahDraft
        file.request.status = .inResearch
        file.request.submittedOn = GregorianDay(year: 2023, month: 2, day: 19)
        file.request.expectedResponseOn = GregorianDay(year: 2023, month: 3, day: 5)
        file.request.attestation = Attestation(
            version: Attestation.currentVersion, attestedAt: Date(timeIntervalSince1970: 1_676_800_000),
            channel: .interview, signedFormDocumentID: nil)
        file.request.researcherID = researcher.id
        var report = ResearchReport(
            kind: .homeVisit, visitedOn: GregorianDay(year: 2023, month: 2, day: 20)!,
            findings: "أسرة من خمسة أفراد في شقة مستأجرة.", householdSituation: "دخل الأسرة لا يكفي الإيجار.",
            recommendsApproval: true, recommendedService: .cash, recommendedAmount: Money(halalas: 600_000),
            researcherName: researcher.displayName, createdAt: Date(timeIntervalSince1970: 1_676_950_000))
        report.updatedNeeds = NeedsScoreSummary(total: 72, level: .high)
        file.reports = [report]
        return file
    }

    /// The same request approved for 6 000 riyals in two instalments, the first delivered.
    static let mockInDelivery: RequestFile = {
        var file = RequestFile.mockInResearch()
        file.request.status = .inDelivery
        file.request.decision = RequestDecision(
            outcome: .approved, decidedAt: Date(timeIntervalSince1970: 1_676_960_000), service: .cash,
            amount: Money(halalas: 600_000), quantity: "", reasons: [], note: "", meetingID: nil)
        return file
    }()
}

extension DeliveryRecord {
    /// Instalment `number` of two of 3 000 riyals by bank transfer, delivered when `delivered`.
    static func mock(_ number: Int, delivered: Bool) -> DeliveryRecord {
        DeliveryRecord(
            id: UUID(uuidString: "00000000-0000-4000-8000-0000000000b\(number)")!, kind: .cash,
            amount: Money(halalas: 300_000), method: .bankTransfer,
            iban: try? IBAN.parse("SA03 8000 0000 6080 1016 7519").get(), reference: delivered ? "TRX-1" : "",
            items: "", referralTo: "", instalmentNumber: number, instalmentCount: 2,
            dueOn: GregorianDay(year: 2023, month: 2 + number, day: 1)!,
            deliveredAt: delivered ? Date(timeIntervalSince1970: 1_676_970_000) : nil,
            deliveredByName: delivered ? StaffMember.mockDelivery.displayName : "",
            acknowledgement: delivered ? "استلمت المبلغ — فاطمة" : "")
    }
}

extension RequestEventRecord {
    /// The draft's creation at the desk.
    static let mockCreated = RequestEventRecord(
        event: .recorded(.create), fromStatus: nil, toStatus: .draft, note: "", actorName: "هند الشهري",
        occurredAt: Date(timeIntervalSince1970: 1_676_790_000))
}

extension RequestPage.Model {
    /// The draft as the relations employee sees it, with the lease missing and an upload refused.
    static let mockDraftRefused = RequestPage.Model(
        file: .mockFatimahDraft, missing: [.missingDocument(.lease)], allowed: [.submit, .withdraw],
        events: [.mockCreated], deliveries: [], researchers: [], staffRoles: [.relations],
        staffID: StaffMember.mockRelations.id, branchName: nil,
        problems: [.upload(.file, .nameClaimsOtherFormat(claimed: .pdf)), .expiryBeforeIssue], saved: false,
        clock: nil, needsForm: nil)

    /// The request in research as its researcher sees it: the visit and report forms, the needs inputs.
    static let mockResearch = RequestPage.Model(
        file: .mockInResearch(), missing: [], allowed: [.sendToCommittee, .withdraw], events: [.mockCreated],
        deliveries: [],
        researchers: [.init(id: StaffMember.mockResearcher.id, name: "خالد الدوسري", openRequests: 3)],
        staffRoles: [.researcher], staffID: StaffMember.mockResearcher.id, branchName: "فرع الرياض",
        problems: [.findingsMissing, .needs(.amount(field: "monthlyIncome"))], saved: false, clock: nil,
        needsForm: NeedsForm(
            monthlyIncome: "abc", householdSize: "5", monthlyRent: "3000", debts: "0", housing: "rented",
            chronicIllnessCount: "0", disabilityCount: "0", dependantsUnder18: "3", elderlyCount: "0"))

    /// The request in delivery as the delivery officer sees it, one instalment of two delivered.
    static let mockDelivery = RequestPage.Model(
        file: .mockInDelivery, missing: [], allowed: [.completeDelivery], events: [.mockCreated],
        deliveries: [.mock(1, delivered: true), .mock(2, delivered: false)], researchers: [],
        staffRoles: [.delivery], staffID: StaffMember.mockDelivery.id, branchName: nil,
        problems: [.acknowledgementRequired], saved: false, clock: nil, needsForm: nil)
}

extension RequestListPage.Model {
    /// The open requests, second page of a search.
    static let mock = RequestListPage.Model(
        view: "open", query: "فاطمة",
        rows: [
            RequestListItem(
                id: SupportRequest.mockFatimahRent.id, reference: "REQ-1444-00001",
                beneficiaryID: .mockBeneficiary, typeID: RequestType.mockRent.id, typeNameArabic: "دعم الإيجار",
                typeNameEnglish: "Rent support", status: .inResearch,
                expectedResponseOn: GregorianDay(year: 2023, month: 2, day: 20), decidedAt: nil,
                beneficiaryName: "فاطمة علي الزهراني")
        ], page: 2, previousPath: "/staff/requests?view=open&page=1", nextPath: nil)
}

extension RequestNewPage.Model {
    /// Rent support chosen for Fatimah, sent without a description and with a wrong amount.
    static let mockRefused = RequestNewPage.Model(
        beneficiary: .mockFatimah, types: [.mockRent], chosen: .mockRent,
        form: RequestDataForm(channel: "interview", details: "", amountRequested: "تسعة", values: ["landlord": "سعد"]),
        problems: [.detailsMissing, .amountRequestedInvalid])
}

extension RequestEditPage.Model {
    /// The draft's data edited after someone else saved it.
    static let mockStale = RequestEditPage.Model(
        file: .mockFatimahDraft, form: RequestDataForm(request: RequestFile.mockFatimahDraft.request),
        problems: [.changedBySomeoneElse])
}

extension PortalApplyPage.Model {
    /// Fatimah choosing a service.
    static let mock = PortalApplyPage.Model(beneficiary: .mockFatimah, types: [.mockRent])
}

extension PortalApplicationPage.Model {
    /// Fatimah's application sent without a description.
    static let mockRefused = PortalApplicationPage.Model(
        beneficiary: .mockFatimah, type: .mockRent, requestID: nil,
        form: RequestDataForm(details: "", amountRequested: "900", values: ["landlord": "سعد الحربي"]),
        problems: [.detailsMissing])
}

extension PortalRequestPage.Model {
    /// Fatimah's draft, lacking the lease, her attestation refused.
    static let mockDraft = PortalRequestPage.Model(
        file: .mockFatimahDraft, missing: [.missingDocument(.lease)], clock: nil, justSubmitted: false,
        events: [.mockCreated], deliveries: [], rating: nil, problems: [.portalAttestationUnconfirmed])

    /// Fatimah's request with one instalment delivered: she may rate the service.
    static let mockDelivered = PortalRequestPage.Model(
        file: .mockInDelivery, missing: [], clock: nil, justSubmitted: false, events: [.mockCreated],
        deliveries: [.mock(1, delivered: true), .mock(2, delivered: false)], rating: nil, problems: [])
}
