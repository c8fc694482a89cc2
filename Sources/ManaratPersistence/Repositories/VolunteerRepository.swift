import Fluent
import Foundation
import ManaratDomain

/// Reads and writes volunteers, their assignments and hours.
public struct VolunteerRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// Saves a new volunteer or changes to one.
    public func save(_ volunteer: Volunteer) async throws {
        let row = try await VolunteerModel.find(volunteer.id, on: database) ?? VolunteerModel()
        row.id = volunteer.id
        row.fullName = volunteer.fullName
        row.phone = volunteer.phone
        row.email = volunteer.email
        row.city = volunteer.city
        row.skills = volunteer.skills
        row.availability = volunteer.availability
        row.status = volunteer.status.rawValue
        row.appliedAt = volunteer.appliedAt
        row.fromPublicForm = volunteer.fromPublicForm
        try await row.save(on: database)
    }

    /// Volunteers with `status` (all when nil), newest application first.
    public func list(status: VolunteerStatus?, limit: Int = 200) async throws -> [Volunteer] {
        var query = VolunteerModel.query(on: database)
        if let status { query = query.filter(\.$status == status.rawValue) }
        return try await query.sort(\.$appliedAt, .descending).limit(limit).all().map(Self.volunteer)
    }

    /// The volunteer with this id.
    public func find(id: UUID) async throws -> Volunteer? {
        try await VolunteerModel.find(id, on: database).map(Self.volunteer)
    }

    /// Adds an assignment.
    public func addAssignment(_ assignment: VolunteerAssignment) async throws {
        let row = VolunteerAssignmentModel()
        row.id = assignment.id
        row.volunteerID = assignment.volunteerID
        row.title = assignment.title
        row.branchID = assignment.branchID
        row.startsOn = assignment.startsOn.description
        row.endsOn = assignment.endsOn?.description
        try await row.create(on: database)
    }

    /// A volunteer's assignments, newest first.
    public func assignments(of volunteerID: UUID) async throws -> [VolunteerAssignment] {
        try await VolunteerAssignmentModel.query(on: database).filter(\.$volunteerID == volunteerID).sort(
            \.$startsOn, .descending
        ).all().map { row in
            VolunteerAssignment(
                id: row.id!, volunteerID: row.volunteerID, title: row.title, branchID: row.branchID,
                startsOn: GregorianDay(iso: row.startsOn) ?? GregorianDay(julianDayNumber: 0),
                endsOn: row.endsOn.flatMap(GregorianDay.init(iso:)))
        }
    }

    /// Logs hours worked.
    public func addHours(_ hours: VolunteerHours) async throws {
        let row = VolunteerHoursModel()
        row.id = hours.id
        row.volunteerID = hours.volunteerID
        row.assignmentID = hours.assignmentID
        row.workedOn = hours.workedOn.description
        row.minutes = hours.minutes
        try await row.create(on: database)
    }

    /// A volunteer's logged hours, newest first.
    public func hours(of volunteerID: UUID) async throws -> [VolunteerHours] {
        try await VolunteerHoursModel.query(on: database).filter(\.$volunteerID == volunteerID).sort(
            \.$workedOn, .descending
        ).all().map { row in
            VolunteerHours(
                id: row.id!, volunteerID: row.volunteerID, assignmentID: row.assignmentID,
                workedOn: GregorianDay(iso: row.workedOn) ?? GregorianDay(julianDayNumber: 0), minutes: row.minutes)
        }
    }

    private static func volunteer(_ row: VolunteerModel) -> Volunteer {
        Volunteer(
            id: row.id!, fullName: row.fullName, phone: row.phone, email: row.email, city: row.city, skills: row.skills,
            availability: row.availability, status: VolunteerStatus(rawValue: row.status) ?? .applied,
            appliedAt: row.appliedAt, fromPublicForm: row.fromPublicForm)
    }
}
