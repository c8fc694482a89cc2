import Foundation
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// Delivering an approved request on an in-memory store: the schedule, each instalment, and
/// the request completed with the applicant's survey.
@Suite("Delivery service")
struct DeliveryServiceTests {
    static func approved() -> RequestFile {
        var file = RequestFile.mockInDelivery
        file.request.status = .approved
        return file
    }

    static func service(_ store: InMemoryRequestStore) -> DeliveryService {
        DeliveryService(
            workflow: RequestWorkflow(
                store: store, actor: .staff(.mockDelivery), now: RequestServiceTests.now,
                today: RequestServiceTests.today), ids: .sequential())
    }

    static let plan = DeliveryPlan(
        kind: .cash, amount: Money(halalas: 300_000), method: .bankTransfer,
        iban: try? IBAN.parse("SA0380000000608010167519").get(), items: "", referralTo: "",
        firstDue: GregorianDay(year: 2023, month: 3, day: 31)!, count: 2)

    @Test("scheduling an approved request starts its delivery with one record per monthly instalment")
    func schedule() async throws {
        // setup
        let store = InMemoryRequestStore()
        let file = Self.approved()
        await store.add(file)
        // act
        try await Self.service(store).schedule(Self.plan, on: file, version: file.request.version)
        // assert
        let records = try await store.deliveries(of: file.request.id)
        #expect(
            records.map(\.dueOn) == [
                GregorianDay(year: 2023, month: 3, day: 31), GregorianDay(year: 2023, month: 4, day: 30),
            ])
        #expect(records.map(\.instalmentNumber) == [1, 2])
        #expect(try await store.file(id: file.request.id)?.request.status == .inDelivery)
        await #expect(throws: RequestProblems([.alreadyScheduled])) {
            try await Self.service(store).schedule(Self.plan, on: file, version: nil)
        }
    }

    @Test("a request is completed only when every instalment is delivered, and then its survey is sent")
    func complete() async throws {
        // setup
        let store = InMemoryRequestStore()
        let file = Self.approved()
        await store.add(file)
        let service = Self.service(store)
        try await service.schedule(Self.plan, on: file, version: file.request.version)
        let records = try await store.deliveries(of: file.request.id)
        // act
        try await service.markDelivered(
            records[0].id, of: try await service.workflow.load(file.request.id), reference: "TRX-1",
            acknowledgement: "استلمت")
        let early = try await service.workflow.load(file.request.id)
        await #expect(throws: RequestProblems([.deliveriesOutstanding])) {
            try await service.complete(early, version: nil)
        }
        try await service.markDelivered(records[1].id, of: early, reference: "TRX-2", acknowledgement: "استلمت")
        try await service.complete(try await service.workflow.load(file.request.id), version: nil)
        // assert
        #expect(try await store.file(id: file.request.id)?.request.status == .completed)
        #expect(await store.state.surveys.map(\.requestID) == [file.request.id])
        #expect(await store.state.notices.map(\.event).contains(.serviceDelivered))
    }

    @Test("marking an instalment the request does not have finds nothing, and records nothing")
    func unknownInstalment() async throws {
        // setup
        let store = InMemoryRequestStore()
        let file = RequestFile.mockInDelivery
        await store.add(file)
        // act
        await #expect(throws: RecordNotFound.self) {
            try await Self.service(store).markDelivered(UUID(), of: file, reference: "", acknowledgement: "نعم")
        }
        // assert
        #expect(await store.state.events[file.request.id] == nil)
        #expect(await store.state.audit.isEmpty)
    }
}
