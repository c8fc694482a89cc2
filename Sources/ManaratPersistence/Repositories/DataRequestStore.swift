import Foundation
import ManaratDomain

/// Beneficiaries' data-subject requests. `PortalRepository` keeps them in the database; service
/// tests keep them in memory.
public protocol DataRequestStore: Sendable {
    /// The open requests, of one beneficiary or of everyone (nil).
    func dataRequests(beneficiaryID: UUID?) async throws -> [DataSubjectRequest]
    /// One request.
    func dataRequest(id: UUID) async throws -> DataSubjectRequest?
    /// Moves an open request's due day once, for `reason`; false when it cannot be.
    func extendDataRequest(id: UUID, to dueOn: GregorianDay, reason: String, at now: Date) async throws -> Bool
    /// Answers an open request; false when there is none such.
    func answerDataRequest(id: UUID, answer: String, at now: Date) async throws -> Bool
}
