import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Volunteers (المتطوعون): the public application, approval, assignments and hours. Each
/// handler reads its form, asks `VolunteerService`, and hands a model to the page or goes back
/// to the volunteer's file.
struct VolunteerController {
    // MARK: Public application

    func showPublicApplication(_ request: Request) async throws -> Response {
        application(request, .init(isPublic: true, form: VolunteerForm(), problems: []), status: .ok)
    }

    func submitPublicApplication(_ request: Request) async throws -> Response {
        let form = try request.content.decode(VolunteerForm.self)
        // Anyone may apply without signing in: ten applications an hour from one address.
        let allowed = try await RateLimitRepository(database: request.db).hit(
            "volunteer-ip:" + (request.clientIP ?? "unknown"), limit: 10, window: 3600, at: request.now)
        guard allowed else { throw Abort(.tooManyRequests) }
        let draft: VolunteerDraft
        switch form.parsed() {
        case .success(let parsed): draft = parsed
        case .failure(let refused):
            return application(
                request, .init(isPublic: true, form: form, problems: refused.problems), status: .unprocessableEntity)
        }
        let volunteer = Self.service(request, on: request.db).volunteer(draft, fromPublicForm: true)
        _ = try await request.auditedCreation(
            recordID: volunteer.id, action: .volunteerApply, recordType: .volunteer,
            summary: "application from the public form"
        ) { db in
            try await Self.service(request, on: db).save(volunteer)
        }
        return request.redirect(to: PublicURL.volunteerThanks.path, redirectType: .normal)
    }

    func publicThanks(_ request: Request) async throws -> Response {
        .html(VolunteerThanksPage.render(.standard, context: PageContext(request: request)))
    }

    // MARK: Staff

    func list(_ request: Request) async throws -> Response {
        let status = (try? request.query.get(String.self, at: VolunteerList.statusParameter)).flatMap(
            VolunteerStatus.init(rawValue:))
        let model = try await VolunteerList.Model.query(store(request), status: status, staff: request.staff)
        return .html(VolunteerList.render(model, context: PageContext(request: request)))
    }

    func showNew(_ request: Request) async throws -> Response {
        application(request, .init(isPublic: false, form: VolunteerForm(), problems: []), status: .ok)
    }

    func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(VolunteerForm.self)
        let draft: VolunteerDraft
        switch form.parsed() {
        case .success(let parsed): draft = parsed
        case .failure(let refused):
            return application(
                request, .init(isPublic: false, form: form, problems: refused.problems), status: .unprocessableEntity)
        }
        let volunteer = Self.service(request, on: request.db).volunteer(draft, fromPublicForm: false)
        let saved = try await request.auditedCreation(
            recordID: volunteer.id, action: .volunteerCreate, recordType: .volunteer, summary: "recorded by staff"
        ) { db in
            try await Self.service(request, on: db).save(volunteer)
        }
        return request.redirect(to: StaffURL.volunteer(saved).path + "?saved=1", redirectType: .normal)
    }

    func show(_ request: Request) async throws -> Response {
        let volunteer = try await find(request)
        let model = try await VolunteerPage.Model.query(
            store(request), volunteer: volunteer, staff: request.staff,
            saved: (try? request.query.get(String.self, at: "saved")) == "1")
        return .html(VolunteerPage.render(model, context: PageContext(request: request)))
    }

    func setStatus(_ request: Request) async throws -> Response {
        let volunteer = try await find(request)
        // As before, a body that does not decode reads as no status, answered 400.
        guard let next = (try? request.content.decode(VolunteerStatusForm.self))?.chosen,
            let updated = Self.service(request, on: request.db).moved(volunteer, to: next)
        else {
            throw Abort(.badRequest)
        }
        try await request.audited(
            action: .volunteerStatus, recordType: .volunteer, recordID: volunteer.id.uuidString,
            summary: "\(volunteer.status.rawValue) → \(next.rawValue)"
        ) { db in
            try await Self.service(request, on: db).save(updated)
        }
        return request.redirect(to: StaffURL.volunteer(volunteer.id).path + "?saved=1", redirectType: .normal)
    }

    func addAssignment(_ request: Request) async throws -> Response {
        let volunteer = try await find(request)
        let back = StaffURL.volunteer(volunteer.id).path
        // As before, a body that does not decode reads as an empty form, whose problems are listed.
        let form = (try? request.content.decode(VolunteerAssignmentForm.self)) ?? VolunteerAssignmentForm()
        let assignment: VolunteerAssignment
        switch Self.service(request, on: request.db).assignment(form, for: volunteer) {
        case .success(let checked): assignment = checked
        case .failure(let refused): return try await refuse(request, refused, back: back)
        }
        try await request.audited(
            action: .volunteerAssignmentAdd, recordType: .volunteer, recordID: volunteer.id.uuidString,
            summary: "assignment from \(assignment.startsOn)"
        ) { db in
            try await Self.service(request, on: db).add(assignment)
        }
        return request.redirect(to: back + "?saved=1", redirectType: .normal)
    }

    func addHours(_ request: Request) async throws -> Response {
        let volunteer = try await find(request)
        let back = StaffURL.volunteer(volunteer.id).path
        let form = (try? request.content.decode(VolunteerHoursForm.self)) ?? VolunteerHoursForm()
        let entry: VolunteerHours
        switch try await Self.service(request, on: request.db).hours(form, for: volunteer) {
        case .success(let checked): entry = checked
        case .failure(let refused): return try await refuse(request, refused, back: back)
        }
        _ = try await request.auditedCreation(
            recordID: entry.id, action: .volunteerHoursAdd, recordType: .volunteer, auditedAs: volunteer.id.uuidString,
            summary: "\(entry.minutes) minutes on \(entry.workedOn)"
        ) { db in
            try await Self.service(request, on: db).add(entry)
        }
        return request.redirect(to: back + "?saved=1", redirectType: .normal)
    }

    private func find(_ request: Request) async throws -> Volunteer {
        guard let id = request.parameter(.volunteerID, as: UUID.self),
            let volunteer = try await store(request).find(id: id)
        else { throw Abort(.notFound) }
        return volunteer
    }

    /// The refusal of a small form on the volunteer's page, with the way back to it.
    private func refuse(_ request: Request, _ refused: VolunteerProblems, back: String) async throws -> Response {
        try await PartyErrorPage.render(
            request, errors: VolunteerText(strings: request.strings).errors(refused.problems), back: back)
    }

    private func application(_ request: Request, _ model: VolunteerApplicationPage.Model, status: HTTPResponseStatus)
        -> Response
    {
        .html(VolunteerApplicationPage.render(model, context: PageContext(request: request)), status: status)
    }

    private func store(_ request: Request) -> any VolunteerStore {
        VolunteerStoreRepository(database: request.db)
    }

    private static func service(_ request: Request, on database: any Database) -> VolunteerService {
        let configuration = request.manarat.configuration
        return VolunteerService(
            store: VolunteerStoreRepository(database: database), clock: configuration.clock, ids: configuration.ids,
            timeZone: configuration.timeZone)
    }
}
