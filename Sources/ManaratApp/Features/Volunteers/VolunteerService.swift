import Foundation
import ManaratDomain
import ManaratPersistence

/// What the volunteer pages do, given the store, the clock, the ids and the association's time
/// zone; it holds no request.
struct VolunteerService: Sendable {
    let store: any VolunteerStore
    let clock: WallClock
    let ids: IDGenerator
    let timeZone: TimeZone

    /// Today in the association's time zone.
    var today: GregorianDay { GregorianDay(clock.now(), timeZone: timeZone) }

    /// The volunteer `draft` describes, applying now with a new id: from the public form, or
    /// recorded by staff.
    func volunteer(_ draft: VolunteerDraft, fromPublicForm: Bool) -> Volunteer {
        Volunteer(
            id: ids.next(), fullName: draft.fullName, phone: draft.phone, email: draft.email, city: draft.city,
            skills: draft.skills, availability: draft.availability, status: .applied, appliedAt: clock.now(),
            fromPublicForm: fromPublicForm)
    }

    /// Saves `volunteer`, new or changed.
    func save(_ volunteer: Volunteer) async throws {
        try await store.save(volunteer)
    }

    /// `volunteer` moved to `next`; nil when its application may not move there from where it stands.
    func moved(_ volunteer: Volunteer, to next: VolunteerStatus) -> Volunteer? {
        guard volunteer.nextStatuses.contains(next) else { return nil }
        var moved = volunteer
        moved.status = next
        return moved
    }

    /// The assignment `form` gives `volunteer`, with a new id, or every problem: the form's own,
    /// and a volunteer not approved.
    func assignment(_ form: VolunteerAssignmentForm, for volunteer: Volunteer)
        -> Result<VolunteerAssignment, VolunteerProblems>
    {
        let parsed = form.parsed(as: ids.next(), of: volunteer.id)
        var problems: [VolunteerProblem] = []
        if case .failure(let refused) = parsed { problems = refused.problems }
        if volunteer.status != .approved { problems.append(.notApprovedForAssignment) }
        guard problems.isEmpty, case .success(let assignment) = parsed else {
            return .failure(VolunteerProblems(problems: problems))
        }
        return .success(assignment)
    }

    /// Adds `assignment`.
    func add(_ assignment: VolunteerAssignment) async throws {
        try await store.addAssignment(assignment)
    }

    /// The hours `form` logs for `volunteer`, with a new id, or every problem. A volunteer not
    /// approved is told only that, since nothing else they could fix would help.
    func hours(_ form: VolunteerHoursForm, for volunteer: Volunteer) async throws
        -> Result<VolunteerHours, VolunteerProblems>
    {
        guard volunteer.status == .approved else {
            return .failure(VolunteerProblems(problems: [.notApprovedForHours]))
        }
        let parsed = form.parsed(as: ids.next(), of: volunteer.id, today: today)
        var problems: [VolunteerProblem] = []
        if case .failure(let refused) = parsed { problems = refused.problems }
        if let chosen = form.chosenAssignment,
            try await !store.assignments(of: volunteer.id).contains(where: { $0.id == chosen })
        {
            problems.append(.assignmentUnknown)
        }
        guard problems.isEmpty, case .success(let hours) = parsed else {
            return .failure(VolunteerProblems(problems: problems))
        }
        return .success(hours)
    }

    /// Logs `hours`.
    func add(_ hours: VolunteerHours) async throws {
        try await store.addHours(hours)
    }
}
