import Foundation
import ManaratDomain
import ManaratPersistence

/// `ConflictStore` in memory, for service tests that need no database.
public actor InMemoryConflictStore: ConflictStore {
    /// Every declaration ever made, with whether it is still active.
    public private(set) var records: [(record: DeclarationRecord, active: Bool)] = []
    private let ids: IDGenerator

    /// An empty store naming new declarations from `ids`.
    public init(ids: IDGenerator = .sequential()) {
        self.ids = ids
    }

    public func declarations(of staffID: UUID) async throws -> [DeclarationRecord] {
        records.filter { $0.active && $0.record.staffID == staffID }.map(\.record)
    }

    public func declare(staffID: UUID, identityNumber: String, relation: String, note: String, at now: Date)
        async throws -> UUID
    {
        let id = ids.next()
        records.append(
            (
                DeclarationRecord(
                    id: id, staffID: staffID, identityNumber: identityNumber, relation: relation, note: note,
                    createdAt: now), true
            ))
        return id
    }

    public func withdraw(id: UUID, staffID: UUID) async throws -> Bool {
        guard let index = records.firstIndex(where: { $0.record.id == id && $0.record.staffID == staffID && $0.active })
        else { return false }
        records[index].active = false
        return true
    }
}
