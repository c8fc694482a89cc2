import Foundation
import ManaratDomain

/// What the volunteer pages read and write: the volunteers, their assignments, hours and
/// contacts, and the staff and branches those pages name. `VolunteerStoreRepository` keeps them
/// in the database; service tests keep them in memory.
public protocol VolunteerStore: Sendable {
    /// Volunteers with `status` (all when nil), newest application first, at most `limit`.
    func list(status: VolunteerStatus?, limit: Int) async throws -> [Volunteer]
    /// One volunteer.
    func find(id: UUID) async throws -> Volunteer?
    /// Saves a new volunteer or changes to one.
    func save(_ volunteer: Volunteer) async throws
    /// A volunteer's assignments, newest first.
    func assignments(of volunteerID: UUID) async throws -> [VolunteerAssignment]
    /// Adds an assignment.
    func addAssignment(_ assignment: VolunteerAssignment) async throws
    /// A volunteer's logged hours, newest first.
    func hours(of volunteerID: UUID) async throws -> [VolunteerHours]
    /// Logs hours worked.
    func addHours(_ hours: VolunteerHours) async throws
    /// A volunteer's contacts, newest first.
    func contacts(ofVolunteer volunteerID: UUID) async throws -> [Contact]
    /// Every staff member, active or not, to name who recorded a contact.
    func staffMembers() async throws -> [StaffMember]
    /// Every branch, active or not.
    func branches() async throws -> [Branch]
}
