import Foundation
import ManaratDomain
import ManaratPersistence

/// `VolunteerStore` in memory, for service tests that need no database.
public actor InMemoryVolunteerStore: VolunteerStore {
    /// The volunteers, by id.
    public private(set) var volunteers: [UUID: Volunteer] = [:]
    /// The assignments, in the order they were added.
    public private(set) var assignments: [VolunteerAssignment] = []
    /// The hours, in the order they were logged.
    public private(set) var hours: [VolunteerHours] = []
    private let contacts: [Contact]
    private let staff: [StaffMember]
    private let allBranches: [Branch]

    /// A store holding `volunteers`, their `assignments`, `hours` and `contacts`, that knows
    /// `staff` and `branches`.
    public init(
        volunteers: [Volunteer] = [], assignments: [VolunteerAssignment] = [], hours: [VolunteerHours] = [],
        contacts: [Contact] = [], staff: [StaffMember] = [], branches: [Branch] = []
    ) {
        for volunteer in volunteers { self.volunteers[volunteer.id] = volunteer }
        self.assignments = assignments
        self.hours = hours
        self.contacts = contacts
        self.staff = staff
        self.allBranches = branches
    }

    public func list(status: VolunteerStatus?, limit: Int) async throws -> [Volunteer] {
        let found = volunteers.values.filter { status == nil || $0.status == status }
        return Array(found.sorted { $0.appliedAt > $1.appliedAt }.prefix(limit))
    }

    public func find(id: UUID) async throws -> Volunteer? { volunteers[id] }

    public func save(_ volunteer: Volunteer) async throws { volunteers[volunteer.id] = volunteer }

    public func assignments(of volunteerID: UUID) async throws -> [VolunteerAssignment] {
        assignments.filter { $0.volunteerID == volunteerID }.sorted { $0.startsOn > $1.startsOn }
    }

    public func addAssignment(_ assignment: VolunteerAssignment) async throws { assignments.append(assignment) }

    public func hours(of volunteerID: UUID) async throws -> [VolunteerHours] {
        hours.filter { $0.volunteerID == volunteerID }.sorted { $0.workedOn > $1.workedOn }
    }

    public func addHours(_ hours: VolunteerHours) async throws { self.hours.append(hours) }

    public func contacts(ofVolunteer volunteerID: UUID) async throws -> [Contact] {
        contacts.filter { $0.partyKind == .volunteer && $0.partyID == volunteerID }
            .sorted { $0.occurredAt > $1.occurredAt }
    }

    public func staffMembers() async throws -> [StaffMember] { staff }

    public func branches() async throws -> [Branch] { allBranches }
}
