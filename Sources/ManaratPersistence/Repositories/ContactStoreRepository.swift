import Fluent
import Foundation
import ManaratDomain

/// `ContactStore` on the database.
public struct ContactStoreRepository: ContactStore {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    public func find(id: UUID) async throws -> Contact? {
        try await ContactRepository(database: database).find(id: id)
    }

    public func add(_ contact: Contact) async throws {
        try await ContactRepository(database: database).add(contact)
    }

    public func markFollowUpDone(id: UUID) async throws {
        try await ContactRepository(database: database).markFollowUpDone(id: id)
    }

    public func staffMember(id: UUID) async throws -> StaffMember? {
        try await StaffRepository(database: database).find(id: id)
    }

    public func branch(id: UUID) async throws -> Branch? {
        try await BranchRepository(database: database).find(id: id)
    }
}
