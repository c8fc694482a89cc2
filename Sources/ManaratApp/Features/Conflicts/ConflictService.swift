import Foundation
import ManaratDomain
import ManaratPersistence

/// What the declaration pages do, given the store and the clock, and with each call the staff
/// member acting; it holds no request.
struct ConflictService: Sendable {
    let store: any ConflictStore
    let clock: WallClock

    /// Records `staffID`'s declaration; returns its id.
    @discardableResult
    func declare(_ draft: DeclarationDraft, by staffID: UUID) async throws -> UUID {
        try await store.declare(
            staffID: staffID, identityNumber: draft.identity.value, relation: draft.relation.rawValue, note: draft.note,
            at: clock.now())
    }

    /// Withdraws `staffID`'s own declaration `id` (kept for history); false when it is not theirs
    /// or already withdrawn.
    func withdraw(_ id: UUID, by staffID: UUID) async throws -> Bool {
        try await store.withdraw(id: id, staffID: staffID)
    }
}
