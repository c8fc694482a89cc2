import Foundation
import ManaratDomain

/// Staff declarations of relatives and interests. `ConflictRepository` keeps them in the
/// database (identity numbers sealed); service tests keep them in memory.
public protocol ConflictStore: Sendable {
    /// The staff member's active declarations.
    func declarations(of staffID: UUID) async throws -> [DeclarationRecord]
    /// Records a declaration; returns its id.
    func declare(staffID: UUID, identityNumber: String, relation: String, note: String, at now: Date) async throws
        -> UUID
    /// Withdraws one of the staff member's active declarations; false when there is none such.
    func withdraw(id: UUID, staffID: UUID) async throws -> Bool
}
