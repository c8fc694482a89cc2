import Foundation
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// The request workflow and its services on an in-memory store: what staff and applicants see
/// happen to a request, with no database and no server.
@Suite("Request services")
struct RequestServiceTests {
    /// 21 February 2023, 09:00 in Riyadh.
    static let now = Date(timeIntervalSince1970: 1_676_959_200)
    static let today = GregorianDay(year: 2023, month: 2, day: 21)!

    static func workflow(_ store: InMemoryRequestStore, as actor: RequestActor) -> RequestWorkflow {
        RequestWorkflow(store: store, actor: actor, now: now, today: today)
    }

    static func lease(for file: RequestFile) -> DocumentUpload {
        DocumentUpload(
            kind: .lease, format: .pdf, bytes: Array("%PDF-1.7".utf8), originalName: "lease.pdf",
            issuedOn: GregorianDay(year: 2022, month: 6, day: 1), expiresOn: GregorianDay(year: 2024, month: 6, day: 1),
            printedIdentity: nil)
    }

    static func attested(_ file: RequestFile) -> RequestFile {
        var file = file
        file.request.attestation = Attestation(
            version: Attestation.currentVersion, attestedAt: now, channel: .interview, signedFormDocumentID: nil)
        return file
    }

    @Test("a draft sent without its lease waits on the applicant with the clock stopped; the lease registers it")
    func incompleteThenRegistered() async throws {
        // setup
        let store = InMemoryRequestStore()
        let draft = Self.attested(.mockFatimahDraft)
        await store.add(draft)
        let service = RequestService(workflow: Self.workflow(store, as: .staff(.mockRelations)))
        // act
        let submitted = try await service.workflow.submit(draft, version: draft.request.version)
        let waiting = await store.state.pauses[draft.request.id]
        try await service.upload(
            Self.lease(for: draft), problems: [], to: try await service.workflow.load(draft.request.id), id: UUID())
        // assert
        #expect(submitted.status == .incomplete)
        #expect(waiting == [ClockPause(from: Self.today, until: nil)])
        let registered = try #require(try await store.file(id: draft.request.id))
        #expect(registered.request.status == .registered)
        #expect(registered.request.expectedResponseOn != nil)
        #expect(await store.state.pauses[draft.request.id] == [ClockPause(from: Self.today, until: Self.today)])
        let told = await store.state.notices.map(\.event)
        #expect(told.contains(.documentsMissing))
        #expect(await store.state.audit.map(\.action).contains(.requestDocumentUpload))
    }

    @Test("a researcher related to the applicant is refused, and only the recusal is recorded and audited")
    func relatedResearcherRefused() async throws {
        // setup
        let store = InMemoryRequestStore()
        var file = Self.attested(.mockFatimahDraft)
        file.request.status = .registered
        await store.add(file)
        await store.add(.mockResearcher, declaring: [file.beneficiary.identity.value])
        let service = RequestService(workflow: Self.workflow(store, as: .staff(.mockRelations)))
        // act
        await #expect(throws: ConflictRefusal.self) {
            try await service.refer(file, to: StaffMember.mockResearcher.id, note: "", version: file.request.version)
        }
        // assert
        #expect(try await store.file(id: file.request.id)?.request.status == .registered)
        #expect(await store.state.recusals.map(\.staffID) == [StaffMember.mockResearcher.id])
        #expect(await store.state.audit.map(\.action) == [.requestRecusal])
    }

    @Test(
        "a related employee's upload is refused for the relation, and the recusal recorded, even when the form is wrong"
    )
    func relatedUploadRefusedFirst() async throws {
        // setup
        let store = InMemoryRequestStore()
        let file = RequestFile.mockFatimahDraft
        await store.add(file)
        await store.add(.mockRelations, declaring: [file.beneficiary.identity.value])
        let service = RequestService(workflow: Self.workflow(store, as: .staff(.mockRelations)))
        // act
        await #expect(throws: ConflictRefusal.self) {
            try await service.upload(nil, problems: [.upload(.file, .empty)], to: file, id: UUID())
        }
        // assert
        #expect(await store.state.recusals.map(\.staffID) == [StaffMember.mockRelations.id])
        #expect(await store.state.audit.map(\.action) == [.requestRecusal])
    }

    @Test("data completed from a form read before someone else saved is refused, and nothing is changed")
    func staleDataRefused() async throws {
        // setup
        let store = InMemoryRequestStore()
        let file = RequestFile.mockFatimahDraft
        await store.add(file)
        let service = RequestService(workflow: Self.workflow(store, as: .staff(.mockRelations)))
        let data = RequestData(values: ["landlord": "غيره"], details: "جديد", amount: .zero, channel: .interview)
        // act
        await #expect(throws: RequestProblems([.changedBySomeoneElse])) {
            try await service.completeData(data, of: file, readAt: file.request.version - 1)
        }
        // assert
        #expect(try await store.file(id: file.request.id)?.request == file.request)
        #expect(await store.state.audit.isEmpty)
    }

    @Test("the same intake form sent twice makes one draft")
    func oneDraftPerForm() async throws {
        // setup
        let store = InMemoryRequestStore()
        await store.add(RequestType.mockRent)
        let service = RequestService(workflow: Self.workflow(store, as: .staff(.mockRelations)))
        let data = RequestData(values: ["landlord": "سعد"], details: "إيجار", amount: .zero, channel: .phone)
        let first = UUID(uuidString: "00000000-0000-4000-8000-000000000101")!
        let second = UUID(uuidString: "00000000-0000-4000-8000-000000000102")!
        // act
        let created = try await service.createDraft(
            of: .mockRent, for: .mockFatimah, data: data, id: first, submission: "requestCreate:KEY")
        let again = try await service.createDraft(
            of: .mockRent, for: .mockFatimah, data: data, id: second, submission: "requestCreate:KEY")
        // assert
        #expect(created == first)
        #expect(again == first)
        #expect(await store.state.requests.count == 1)
        #expect(await store.state.requests[first]?.channel == .phone)
    }

    @Test("only the assigned researcher writes the report, which records the needs score it found")
    func researchReport() async throws {
        // setup
        let store = InMemoryRequestStore()
        var file = RequestFile.mockInResearch()
        file.reports = []
        await store.add(file)
        let report = ResearchReport(
            kind: .homeVisit, visitedOn: Self.today, findings: "زيارة", householdSituation: "",
            recommendsApproval: true, recommendedService: .cash, recommendedAmount: .zero, researcherName: "",
            createdAt: Self.now)
        let factors = try #require(
            NeedsForm(
                monthlyIncome: "1000", householdSize: "5", monthlyRent: "2000", debts: "0", housing: "rented",
                chronicIllnessCount: "0", disabilityCount: "0", dependantsUnder18: "3", elderlyCount: "0"
            ).parsed().factors as NeedsFactors?)
        let someoneElse = RequestService(workflow: Self.workflow(store, as: .staff(.mockQuality)))
        let researcher = RequestService(workflow: Self.workflow(store, as: .staff(.mockResearcher)))
        // act
        await #expect(throws: RequestProblems([.notYourResearch(.findings)])) {
            try await someoneElse.addReport(report, problems: [], needs: factors, weights: .standard, to: file)
        }
        let score = try await researcher.addReport(report, problems: [], needs: factors, weights: .standard, to: file)
        // assert
        let saved = try #require(try await store.file(id: file.request.id)?.reports.first)
        #expect(saved.updatedNeeds == NeedsScoreSummary(total: score.total, level: score.level))
        #expect(await store.state.events[file.request.id]?.map(\.event) == [.recorded(.research)])
    }

    @Test("an applicant acting on another person's request finds nothing there")
    func anotherApplicantsRequest() async throws {
        // setup
        let store = InMemoryRequestStore()
        let file = RequestFile.mockFatimahDraft
        await store.add(file)
        let stranger = RequestService(workflow: Self.workflow(store, as: .beneficiary(id: UUID(), name: "غيرها")))
        // act, assert
        await #expect(throws: RecordNotFound.self) { try await stranger.attestOnline(file) }
        #expect(try await store.file(id: file.request.id)?.request.attestation == nil)
    }

    @Test("the service is rated once, and only after something was delivered")
    func rating() async throws {
        // setup
        let store = InMemoryRequestStore()
        let file = RequestFile.mockInDelivery
        await store.add(file)
        let applicant = RequestService(
            workflow: Self.workflow(store, as: .beneficiary(id: file.beneficiary.id, name: "فاطمة")))
        // act, assert
        await #expect(throws: RequestProblems([.ratingInvalid])) {
            try await applicant.rate(file, score: 5, comment: "")
        }
        try await store.addDeliveries([.mock(1, delivered: true)], requestID: file.request.id, at: Self.now)
        try await applicant.rate(file, score: 4, comment: "شكرًا")
        await #expect(throws: RequestProblems([.alreadyRated])) {
            try await applicant.rate(file, score: 1, comment: "")
        }
        #expect(try await store.rating(requestID: file.request.id)?.score == 4)
    }
}
