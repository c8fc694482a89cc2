import Fluent
import Foundation
import ManaratDomain

/// `RetentionStore` in the database: the retention repository and the registry on one connection.
public struct RetentionStoreRepository: RetentionStore {
    let database: any Database

    /// A store on `database`.
    public init(database: any Database) {
        self.database = database
    }

    public func schedule() async throws -> RetentionSchedule {
        try await RetentionRepository(database: database).schedule()
    }

    public func save(_ schedule: RetentionSchedule) async throws {
        try await RetentionRepository(database: database).save(schedule)
    }

    public func legalHolds() async throws -> [LegalHold] {
        try await RetentionRepository(database: database).legalHolds()
    }

    public func setLegalHold(beneficiaryID: UUID, reason: String) async throws {
        try await RetentionRepository(database: database).setLegalHold(beneficiaryID: beneficiaryID, reason: reason)
    }

    public func beneficiaryID(fileNumber: String) async throws -> UUID? {
        try await BeneficiaryModel.query(on: database).filter(\.$fileNumber == fileNumber).first()?.id
    }

    public func preview(_ schedule: RetentionSchedule, now: Date, timeZone: TimeZone) async throws
        -> [RetentionOutcome]
    {
        try await RetentionRepository(database: database).run(schedule, now: now, timeZone: timeZone, dryRun: true)
    }
}
