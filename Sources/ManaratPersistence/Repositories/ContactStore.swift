import Foundation
import ManaratDomain

/// What recording contacts reads and writes: the contacts, and the staff and branches a contact
/// may name. `ContactStoreRepository` keeps them in the database; service tests in memory.
public protocol ContactStore: Sendable {
    /// One contact.
    func find(id: UUID) async throws -> Contact?
    /// Records a contact.
    func add(_ contact: Contact) async throws
    /// Closes a contact's follow-up.
    func markFollowUpDone(id: UUID) async throws
    /// A staff member, to check a referral names an active researcher.
    func staffMember(id: UUID) async throws -> StaffMember?
    /// A branch, to check the one a contact names.
    func branch(id: UUID) async throws -> Branch?
}
