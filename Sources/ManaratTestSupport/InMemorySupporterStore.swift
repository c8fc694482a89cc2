import Foundation
import ManaratDomain
import ManaratPersistence

/// `SupporterStore` in memory, for service tests that need no database. It searches as the
/// database does: every word of the query, Arabic-normalized, in the name or the contact person.
public actor InMemorySupporterStore: SupporterStore {
    /// The supporters, by id.
    public private(set) var supporters: [UUID: Supporter] = [:]
    /// The gifts, in the order they were recorded.
    public private(set) var entries: [SupportEntry] = []
    /// The contacts, in the order they were recorded.
    public private(set) var contacts: [Contact] = []
    private let staff: [StaffMember]
    private let allBranches: [Branch]

    /// A store holding `supporters`, `entries` and `contacts`, that knows `staff` and `branches`.
    public init(
        supporters: [Supporter] = [], entries: [SupportEntry] = [], contacts: [Contact] = [],
        staff: [StaffMember] = [], branches: [Branch] = []
    ) {
        for supporter in supporters { self.supporters[supporter.id] = supporter }
        self.entries = entries
        self.contacts = contacts
        self.staff = staff
        self.allBranches = branches
    }

    public func search(_ query: String, limit: Int) async throws -> [Supporter] {
        let tokens = ArabicText.searchTokens(query).prefix(5)
        let found = supporters.values.filter { supporter in
            let searched = ArabicText.normalizedForSearch(supporter.name + " " + supporter.contactPerson)
            return tokens.allSatisfy { searched.contains($0) }
        }
        return Array(found.sorted { $0.name < $1.name }.prefix(limit))
    }

    public func find(id: UUID) async throws -> Supporter? { supporters[id] }

    public func save(_ supporter: Supporter, at now: Date) async throws { supporters[supporter.id] = supporter }

    public func entries(of supporterID: UUID) async throws -> [SupportEntry] {
        entries.filter { $0.supporterID == supporterID }.sorted { $0.receivedOn > $1.receivedOn }
    }

    public func addEntry(_ entry: SupportEntry, at now: Date) async throws { entries.append(entry) }

    public func contacts(ofSupporter supporterID: UUID) async throws -> [Contact] {
        contacts.filter { $0.partyKind == .supporter && $0.partyID == supporterID }
            .sorted { $0.occurredAt > $1.occurredAt }
    }

    public func add(_ contact: Contact) async throws { contacts.append(contact) }

    public func staffMembers() async throws -> [StaffMember] { staff }

    public func branches() async throws -> [Branch] { allBranches }
}
