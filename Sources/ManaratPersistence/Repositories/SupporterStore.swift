import Foundation
import ManaratDomain

/// What the supporter pages and the public contact form read and write: the supporters, their
/// gifts and contacts, and the staff and branches those pages name. `SupporterStoreRepository`
/// keeps them in the database; service tests keep them in memory.
public protocol SupporterStore: Sendable {
    /// Supporters whose name or contact person contains every word of `query`, by name, at most `limit`.
    func search(_ query: String, limit: Int) async throws -> [Supporter]
    /// One supporter.
    func find(id: UUID) async throws -> Supporter?
    /// Saves a new supporter, as created `now`, or changes to one.
    func save(_ supporter: Supporter, at now: Date) async throws
    /// A supporter's gifts, newest first.
    func entries(of supporterID: UUID) async throws -> [SupportEntry]
    /// Records a gift, as recorded `now`.
    func addEntry(_ entry: SupportEntry, at now: Date) async throws
    /// A supporter's contacts, newest first.
    func contacts(ofSupporter supporterID: UUID) async throws -> [Contact]
    /// Records a contact, such as the message a supporter sent from the public contact form.
    func add(_ contact: Contact) async throws
    /// Every staff member, active or not, to name who recorded a contact.
    func staffMembers() async throws -> [StaffMember]
    /// Every branch, active or not.
    func branches() async throws -> [Branch]
}
