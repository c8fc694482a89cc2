import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The research committee (لجنة البحث): its queue ordered by due day, meetings with the members
/// present, each member's vote, the decision with its reasons, and printable minutes. Each
/// handler decodes its form, asks `CommitteeService`, and hands a model to the page.
struct CommitteeController {
    func queue(_ request: Request) async throws -> Response {
        let model = try await CommitteeQueuePage.Model.query(
            request.db, staff: request.staff, language: request.language)
        return .html(CommitteeQueuePage.render(model, context: PageContext(request: request)))
    }

    func showNew(_ request: Request) async throws -> Response {
        try await editor(request, form: MeetingForm(), problems: [], status: .ok)
    }

    func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(MeetingForm.self)
        let draft: MeetingDraft
        switch try await service(request, on: request.db).check(form) {
        case .success(let checked): draft = checked
        case .failure(let refused):
            return try await editor(request, form: form, problems: refused.problems, status: .unprocessableEntity)
        }
        let id = request.newID()
        let staffID = request.staff?.id
        try await request.audited(
            action: .committeeMeetingCreate, recordType: .meeting, recordID: id.uuidString,
            summary: "meeting on \(draft.heldOn), \(draft.memberIDs.count) present, \(draft.requestIDs.count) requests"
        ) { db in
            try await service(request, on: db).create(draft, id: id, by: staffID)
        }
        return request.redirect(to: StaffURL.meeting(id).path, redirectType: .normal)
    }

    func show(_ request: Request) async throws -> Response {
        try await page(request, problems: [], status: .ok)
    }

    func vote(_ request: Request) async throws -> Response {
        let meeting = try await meeting(request)
        let form = try request.content.decode(VoteForm.self)
        guard let staff = request.staff, let (requestID, vote, comment) = form.parsed,
            let item = meeting.items.first(where: { $0.file.request.id == requestID })
        else { throw Abort(.badRequest) }
        let cast: CastVote
        do {
            cast = try await service(request, on: request.db).vote(
                vote, comment: comment, on: item, at: meeting.meeting, by: staff, workflow: request.requestWorkflow)
        } catch let refused as CommitteeProblems {
            return try await page(request, problems: refused.problems, status: status(refused))
        }
        let meetingID = meeting.meeting.id
        try await request.audited(
            action: .committeeVote, recordType: .request, recordID: requestID.uuidString,
            summary: "\(item.file.request.reference): \(vote.rawValue) at meeting \(meeting.meeting.number)"
        ) { db in
            try await service(request, on: db).cast(cast, meetingID: meetingID)
        }
        return request.redirect(to: StaffURL.meeting(meetingID).path, redirectType: .normal)
    }

    func decide(_ request: Request) async throws -> Response {
        let meeting = try await meeting(request)
        let form = try request.content.decode(DecisionForm.self)
        guard let staff = request.staff, let requestID = form.request,
            let item = meeting.items.first(where: { $0.file.request.id == requestID })
        else { throw Abort(.badRequest) }
        do {
            let (event, decision) = try await service(request, on: request.db).decision(
                on: item, at: meeting.meeting, members: meeting.members, form: form, by: staff)
            try await request.requestWorkflow.apply(event, to: item.file, version: nil, note: "") { request in
                request.decision = decision
            }
        } catch let refused as CommitteeProblems {
            return try await page(request, problems: refused.problems, status: status(refused))
        } catch {
            guard let problem = RequestProblem(error) else { throw error }
            return try await page(request, problems: [.request(problem)], status: problem.status)
        }
        return request.redirect(to: StaffURL.meeting(meeting.meeting.id).path, redirectType: .normal)
    }

    func minutes(_ request: Request) async throws -> Response {
        .html(MinutesPage.render(try await meeting(request), context: PageContext(request: request)))
    }

    /// The meeting named by the URL, as the viewer sees it; 404 when there is none.
    private func meeting(_ request: Request, problems: [CommitteeProblem] = []) async throws -> MeetingPage.Model {
        guard let id = request.parameter(.meetingID, as: UUID.self),
            let model = try await MeetingPage.Model.query(
                CommitteeStoreRepository(database: request.db), requests: request.requestStore,
                staff: try await StaffRepository(database: request.db).all(), id: id, viewer: request.staff,
                problems: problems)
        else { throw Abort(.notFound) }
        return model
    }

    private func page(_ request: Request, problems: [CommitteeProblem], status: HTTPResponseStatus) async throws
        -> Response
    {
        .html(
            MeetingPage.render(try await meeting(request, problems: problems), context: PageContext(request: request)),
            status: status)
    }

    private func editor(_ request: Request, form: MeetingForm, problems: [CommitteeProblem], status: HTTPResponseStatus)
        async throws -> Response
    {
        let model = try await MeetingEditor.Model.query(request.db, form: form, problems: problems)
        return .html(MeetingEditor.render(model, context: PageContext(request: request)), status: status)
    }

    /// A member refused for not being present or for a conflict answers 403; anything else 422.
    private func status(_ refused: CommitteeProblems) -> HTTPResponseStatus {
        switch refused.problems.first {
        case .notMeetingMember, .conflict: return .forbidden
        default: return .unprocessableEntity
        }
    }

    private func service(_ request: Request, on database: any Database) -> CommitteeService {
        CommitteeService(
            store: CommitteeStoreRepository(database: database), clock: request.manarat.configuration.clock)
    }
}
