import Foundation
import ManaratDomain
import ManaratPersistence

/// `RetentionStore` in memory, for service tests that need no database; it holds no records, so
/// its preview finds nothing to do.
public actor InMemoryRetentionStore: RetentionStore {
    /// The schedule in force.
    public private(set) var current: RetentionSchedule
    /// The legal holds' reasons, by beneficiary.
    public private(set) var holds: [UUID: String] = [:]
    /// The registry's file numbers.
    private let files: [String: UUID]

    /// A store with `schedule` and a registry of `files` (file number to beneficiary).
    public init(schedule: RetentionSchedule = .standard, files: [String: UUID] = [:]) {
        current = schedule
        self.files = files
    }

    public func schedule() async throws -> RetentionSchedule { current }

    public func save(_ schedule: RetentionSchedule) async throws { current = schedule }

    public func legalHolds() async throws -> [LegalHold] {
        holds.map { LegalHold(beneficiaryID: $0.key, fileNumber: "", name: "", reason: $0.value) }
    }

    public func setLegalHold(beneficiaryID: UUID, reason: String) async throws {
        holds[beneficiaryID] = reason.isEmpty ? nil : reason
    }

    public func beneficiaryID(fileNumber: String) async throws -> UUID? { files[fileNumber] }

    public func preview(_ schedule: RetentionSchedule, now: Date, timeZone: TimeZone) async throws
        -> [RetentionOutcome]
    { [] }
}
