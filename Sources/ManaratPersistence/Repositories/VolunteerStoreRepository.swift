import Fluent
import Foundation
import ManaratDomain

/// `VolunteerStore` in the database: the volunteer, contact, staff and branch repositories on one connection.
public struct VolunteerStoreRepository: VolunteerStore {
    let database: any Database

    /// A store on `database`.
    public init(database: any Database) {
        self.database = database
    }

    public func list(status: VolunteerStatus?, limit: Int) async throws -> [Volunteer] {
        try await VolunteerRepository(database: database).list(status: status, limit: limit)
    }

    public func find(id: UUID) async throws -> Volunteer? {
        try await VolunteerRepository(database: database).find(id: id)
    }

    public func save(_ volunteer: Volunteer) async throws {
        try await VolunteerRepository(database: database).save(volunteer)
    }

    public func assignments(of volunteerID: UUID) async throws -> [VolunteerAssignment] {
        try await VolunteerRepository(database: database).assignments(of: volunteerID)
    }

    public func addAssignment(_ assignment: VolunteerAssignment) async throws {
        try await VolunteerRepository(database: database).addAssignment(assignment)
    }

    public func hours(of volunteerID: UUID) async throws -> [VolunteerHours] {
        try await VolunteerRepository(database: database).hours(of: volunteerID)
    }

    public func addHours(_ hours: VolunteerHours) async throws {
        try await VolunteerRepository(database: database).addHours(hours)
    }

    public func contacts(ofVolunteer volunteerID: UUID) async throws -> [Contact] {
        try await ContactRepository(database: database).contacts(of: .volunteer, id: volunteerID)
    }

    public func staffMembers() async throws -> [StaffMember] {
        try await StaffRepository(database: database).all()
    }

    public func branches() async throws -> [Branch] {
        try await BranchRepository(database: database).all()
    }
}
