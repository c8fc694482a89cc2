import Foundation
import ManaratDomain
import ManaratPersistence

/// Delivering the approved service, given the workflow (its store, its actor and the moment):
/// one record or a monthly schedule whose every instalment is its own record, each marked
/// delivered with the beneficiary's acknowledgement, then the request completed. It holds no
/// HTTP request; a refusal people should read is thrown as `RequestProblems`.
struct DeliveryService: Sendable {
    let workflow: RequestWorkflow
    /// Gives each instalment its id.
    let ids: IDGenerator

    /// The statuses in which a delivery is scheduled.
    static let schedulable: Set<RequestStatus> = [.approved, .inDelivery]

    /// Schedules `plan` on `file`: the first schedule of an approved request starts its delivery.
    func schedule(_ plan: DeliveryPlan, on file: RequestFile, version: Int?) async throws {
        guard try await workflow.store.deliveries(of: file.request.id).isEmpty else {
            throw RequestProblems([.alreadyScheduled])
        }
        let records = InstalmentSchedule.monthly(firstDue: plan.firstDue, count: plan.count).enumerated().map {
            index, due in
            DeliveryRecord(
                id: ids.next(), kind: plan.kind, amount: plan.amount, method: plan.method, iban: plan.iban,
                reference: "", items: plan.items, referralTo: plan.referralTo, instalmentNumber: index + 1,
                instalmentCount: plan.count, dueOn: due, deliveredAt: nil, deliveredByName: "", acknowledgement: "")
        }
        let (now, requestID) = (workflow.now, file.request.id)
        if file.request.status == .approved {
            try await workflow.apply(.startDelivery, to: file, version: version, note: "") { _ in
            } extra: { store in
                try await store.addDeliveries(records, requestID: requestID, at: now)
            }
        } else {
            try await workflow.mayAct(on: file, action: "schedule delivery")
            try await workflow.store.audited(
                AuditEntry(
                    action: .requestDeliverySchedule, recordType: .request, recordID: requestID.uuidString,
                    summary: "\(plan.kind.rawValue) \(plan.amount.plain) SAR × \(plan.count) from \(plan.firstDue)")
            ) { store in
                try await store.addDeliveries(records, requestID: requestID, at: now)
            }
        }
    }

    /// Marks the instalment `deliveryID` delivered with its payment `reference` and the
    /// beneficiary's `acknowledgement`; `RecordNotFound` when the request has no such instalment.
    func markDelivered(_ deliveryID: UUID, of file: RequestFile, reference: String, acknowledgement: String)
        async throws
    {
        guard let staff = workflow.actor.staff else { throw RecordNotFound() }
        try await workflow.mayAct(on: file, action: "deliver")
        let now = workflow.now
        try await workflow.record(
            .delivered, on: file, note: String(acknowledgement.prefix(200)),
            audit: AuditEntry(
                action: .requestDelivered, recordType: .request, recordID: file.request.id.uuidString,
                summary: "\(file.request.reference): delivery \(deliveryID.uuidString.lowercased()) delivered")
        ) { store in
            guard
                try await store.markDelivered(
                    id: deliveryID, requestID: file.request.id, reference: reference,
                    acknowledgement: acknowledgement, by: staff.id, name: staff.displayName, at: now)
            else { throw RecordNotFound() }
        }
    }

    /// Completes the request once every instalment is delivered; the applicant is invited to rate
    /// the service.
    func complete(_ file: RequestFile, version: Int?) async throws {
        let deliveries = try await workflow.store.deliveries(of: file.request.id)
        guard !deliveries.isEmpty, deliveries.allSatisfy({ $0.deliveredAt != nil }) else {
            throw RequestProblems([.deliveriesOutstanding])
        }
        try await workflow.apply(.completeDelivery, to: file, version: version, note: "")
    }
}
