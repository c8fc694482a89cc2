import Foundation
import ManaratDomain
import ManaratPersistence

/// `ContactStore` in memory, for service tests that need no database.
public actor InMemoryContactStore: ContactStore {
    /// The contacts recorded, by id.
    public private(set) var contacts: [UUID: Contact] = [:]
    private let staff: [UUID: StaffMember]
    private let branches: [UUID: Branch]

    /// A store that knows `staff` and `branches`.
    public init(staff: [StaffMember] = [], branches: [Branch] = []) {
        self.staff = Dictionary(uniqueKeysWithValues: staff.map { ($0.id, $0) })
        self.branches = Dictionary(uniqueKeysWithValues: branches.map { ($0.id, $0) })
    }

    public func find(id: UUID) async throws -> Contact? { contacts[id] }

    public func add(_ contact: Contact) async throws { contacts[contact.id] = contact }

    public func markFollowUpDone(id: UUID) async throws { contacts[id]?.followUpDone = true }

    public func staffMember(id: UUID) async throws -> StaffMember? { staff[id] }

    public func branch(id: UUID) async throws -> Branch? { branches[id] }
}
