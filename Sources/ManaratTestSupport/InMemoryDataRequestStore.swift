import Foundation
import ManaratDomain
import ManaratPersistence

/// `DataRequestStore` in memory, for service tests that need no database.
public actor InMemoryDataRequestStore: DataRequestStore {
    /// Every request, by id.
    public private(set) var requests: [UUID: DataSubjectRequest]

    /// A store holding `requests`.
    public init(_ requests: [DataSubjectRequest]) {
        self.requests = Dictionary(uniqueKeysWithValues: requests.map { ($0.id, $0) })
    }

    public func dataRequests(beneficiaryID: UUID?) async throws -> [DataSubjectRequest] {
        requests.values.filter { $0.status == .open && (beneficiaryID == nil || $0.beneficiaryID == beneficiaryID) }
            .sorted { $0.dueOn < $1.dueOn }
    }

    public func dataRequest(id: UUID) async throws -> DataSubjectRequest? { requests[id] }

    public func extendDataRequest(id: UUID, to dueOn: GregorianDay, reason: String, at now: Date) async throws -> Bool {
        guard var request = requests[id], request.status == .open, request.extendedAt == nil else { return false }
        request.dueOn = dueOn
        request.extensionReason = reason
        request.extendedAt = now
        requests[id] = request
        return true
    }

    public func answerDataRequest(id: UUID, answer: String, at now: Date) async throws -> Bool {
        guard var request = requests[id], request.status == .open else { return false }
        request.status = .answered
        request.answer = answer
        requests[id] = request
        return true
    }
}
