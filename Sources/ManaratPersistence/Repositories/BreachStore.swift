import Foundation
import ManaratDomain

/// The breach register. `BreachRepository` keeps it in the database; service tests keep it in memory.
public protocol BreachStore: Sendable {
    /// Every breach, newest first.
    func all() async throws -> [BreachRecord]
    /// One breach.
    func find(id: UUID) async throws -> BreachRecord?
    /// Records a breach learned of on `day`; returns its reference.
    func insert(_ record: BreachRecord, on day: GregorianDay) async throws -> String
    /// Records the regulator's notice, once; false when it was recorded already.
    func markRegulatorNotified(id: UUID, at moment: Date, reference: String) async throws -> Bool
    /// Records that the people affected were told, once; false when it was recorded already.
    func markSubjectsNotified(id: UUID, at moment: Date) async throws -> Bool
}
