import Foundation
import ManaratDomain

/// The retention schedule and the legal holds. `RetentionStoreRepository` keeps them in the
/// database; service tests keep them in memory.
public protocol RetentionStore: Sendable {
    /// The schedule in force.
    func schedule() async throws -> RetentionSchedule
    /// Saves the schedule.
    func save(_ schedule: RetentionSchedule) async throws
    /// The beneficiaries on legal hold.
    func legalHolds() async throws -> [LegalHold]
    /// Places (a reason) or releases (empty) a beneficiary's legal hold.
    func setLegalHold(beneficiaryID: UUID, reason: String) async throws
    /// The beneficiary with this file number, if any.
    func beneficiaryID(fileNumber: String) async throws -> UUID?
    /// What a run of the schedule would do at `now`, changing nothing.
    func preview(_ schedule: RetentionSchedule, now: Date, timeZone: TimeZone) async throws -> [RetentionOutcome]
}
