import Fluent
import Foundation
import ManaratDomain

/// `SupporterStore` in the database: the supporter, contact, staff and branch repositories on one connection.
public struct SupporterStoreRepository: SupporterStore {
    let database: any Database

    /// A store on `database`.
    public init(database: any Database) {
        self.database = database
    }

    public func search(_ query: String, limit: Int) async throws -> [Supporter] {
        try await SupporterRepository(database: database).search(query, limit: limit)
    }

    public func find(id: UUID) async throws -> Supporter? {
        try await SupporterRepository(database: database).find(id: id)
    }

    public func save(_ supporter: Supporter, at now: Date) async throws {
        try await SupporterRepository(database: database).save(supporter, at: now)
    }

    public func entries(of supporterID: UUID) async throws -> [SupportEntry] {
        try await SupporterRepository(database: database).entries(of: supporterID)
    }

    public func addEntry(_ entry: SupportEntry, at now: Date) async throws {
        try await SupporterRepository(database: database).addEntry(entry, at: now)
    }

    public func contacts(ofSupporter supporterID: UUID) async throws -> [Contact] {
        try await ContactRepository(database: database).contacts(of: .supporter, id: supporterID)
    }

    public func add(_ contact: Contact) async throws {
        try await ContactRepository(database: database).add(contact)
    }

    public func staffMembers() async throws -> [StaffMember] {
        try await StaffRepository(database: database).all()
    }

    public func branches() async throws -> [Branch] {
        try await BranchRepository(database: database).all()
    }
}
