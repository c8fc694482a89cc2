import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Complaints and suggestions: from anyone (suggestions even anonymously) or from the portal;
/// triaged, assigned and investigated by staff, answered, and closed only with the improvement
/// taken or the reason for none; escalated when overdue; appealable once. Each handler decodes
/// its form, asks `FeedbackService`, and hands a model to the page.
struct FeedbackController {
    /// Who handles complaints and suggestions.
    static let handlers: Set<Role> = [.admin, .quality, .relations]
    /// The public form takes this many posts from one address per window, refused ones included.
    static let postsPerWindow = 10
    /// The public form's window, in seconds: an hour.
    static let postWindow: TimeInterval = 3600

    func showForm(_ request: Request) async throws -> Response {
        let sent = try? request.query.get(String.self, at: "sent")
        // The blank form is the same for every anonymous visitor: kept rendered, only the token differs.
        if sent == nil, request.signedInBeneficiary == nil, request.staff == nil {
            let context = PageContext(request: request)
            return .html(
                Layout.anonymousPage(key: "feedback", context: context) { blank in
                    FeedbackFormPage.render(
                        .init(form: .blank, problems: [], sent: nil, signedIn: false), context: blank)
                })
        }
        return formPage(
            request, .init(form: .blank, problems: [], sent: sent, signedIn: request.signedInBeneficiary != nil),
            status: .ok)
    }

    func submit(_ request: Request) async throws -> Response {
        let form = try request.content.decode(FeedbackForm.self)
        let beneficiaryID = request.signedInBeneficiary?.id
        let limitKey = "feedback-ip:" + (request.clientIP ?? "unknown")
        let draft: FeedbackDraft
        switch form.parsed(signedInAs: beneficiaryID) {
        case .success(let parsed): draft = parsed
        case .failure(let refused):
            // A refused post counts against the address too, or the form could be probed freely.
            guard
                try await RateLimitRepository(database: request.db).hit(
                    limitKey, limit: Self.postsPerWindow, window: Self.postWindow, at: request.now)
            else { throw Abort(.tooManyRequests) }
            return formPage(
                request, .init(form: form, problems: refused.problems, sent: nil, signedIn: beneficiaryID != nil),
                status: .unprocessableEntity)
        }
        let calendar = try await request.workingCalendar()
        let newID = request.newID()
        // One write per post: the form's idempotency key, the count against the address, the item
        // and its audit entry commit together. A second submission of the same rendered form
        // answers with the item the first one created and counts nothing; a post over the limit
        // rolls back and saves nothing.
        let id = try await request.auditedCreation(
            recordID: newID, action: .feedbackSubmit, recordType: .feedback,
            summary: "\(draft.kind.rawValue) from the website"
                + (draft.beneficiaryID == nil ? (draft.phone.isEmpty ? ", anonymous" : "") : ", signed in")
        ) { db in
            let service = request.feedback(on: db)
            guard try await service.admitsPost(from: limitKey, limit: Self.postsPerWindow, window: Self.postWindow)
            else { throw Abort(.tooManyRequests) }
            try await service.submit(draft, as: newID, calendar: calendar)
        }
        guard let record = try await request.feedback().find(id: id) else { throw Abort(.tooManyRequests) }
        if beneficiaryID != nil {
            return request.redirect(to: PortalURL.feedbackItem(record.id).path, redirectType: .normal)
        }
        return request.redirect(
            to: PublicURL.feedback.path(query: [("sent", record.reference)]), redirectType: .normal)
    }

    /// Staff record a complaint or suggestion received on any channel (a call, a letter, at the
    /// branch); no rate limit.
    func record(_ request: Request) async throws -> Response {
        let form = try request.content.decode(FeedbackForm.self)
        guard let channel = form.recordedChannel else { throw Abort(.badRequest) }
        let draft: FeedbackDraft
        switch try await request.feedback().check(recorded: form, channel: channel) {
        case .success(let parsed): draft = parsed
        case .failure(let refused):
            return try await queuePage(request, problems: refused.problems, status: .unprocessableEntity)
        }
        let calendar = try await request.workingCalendar()
        let id = request.newID()
        try await request.audited(
            action: .feedbackSubmit, recordType: .feedback, recordID: id.uuidString,
            summary: "\(draft.kind.rawValue) recorded by staff from \(channel.rawValue)"
        ) { db in
            try await request.feedback(on: db).submit(draft, as: id, calendar: calendar)
        }
        return request.redirect(to: StaffURL.feedbackItem(id).path, redirectType: .normal)
    }

    func showOwn(_ request: Request) async throws -> Response {
        let record = try await own(request)
        return .html(PortalFeedbackPage.render(.init(item: record), context: PageContext(request: request)))
    }

    func appeal(_ request: Request) async throws -> Response {
        let record = try await own(request)
        let form = (try? request.content.decode(FeedbackAppealForm.self)) ?? FeedbackAppealForm()
        guard FeedbackRules.mayAppeal(status: record.status, appeals: record.appeals), let text = form.parsed() else {
            throw Abort(.conflict)
        }
        let calendar = try await request.workingCalendar()
        let appealed = request.feedback().appealed(record, text: text, calendar: calendar)
        try await request.audited(
            action: .feedbackAppeal, recordType: .feedback, recordID: record.id.uuidString,
            summary: "\(record.reference) appealed"
        ) { db in
            try await request.feedback(on: db).save(appealed)
        }
        return request.redirect(to: PortalURL.feedbackItem(record.id).path, redirectType: .normal)
    }

    // MARK: Staff

    func list(_ request: Request) async throws -> Response {
        try await queuePage(request, problems: [], status: .ok)
    }

    func show(_ request: Request) async throws -> Response {
        try await casePage(request, item: try await find(request), problems: [], status: .ok)
    }

    func assign(_ request: Request) async throws -> Response {
        let record = try await find(request)
        let form = (try? request.content.decode(FeedbackAssignForm.self)) ?? FeedbackAssignForm()
        let service = request.feedback()
        guard let staffID = form.chosenStaffID, let member = try await service.assignee(id: staffID) else {
            throw Abort(.badRequest)
        }
        let calendar = try await request.workingCalendar()
        let assigned = service.assigned(
            record, to: member, category: form.chosenCategory, priority: form.chosenPriority, calendar: calendar)
        try await request.audited(
            action: .feedbackAssign, recordType: .feedback, recordID: record.id.uuidString,
            summary: "\(assigned.reference) assigned to \(member.username), "
                + "\(assigned.category?.rawValue ?? "uncategorized"), \(assigned.priority.rawValue)"
        ) { db in
            try await request.feedback(on: db).save(assigned)
        }
        return request.redirect(to: StaffURL.feedbackItem(record.id).path, redirectType: .normal)
    }

    func addNote(_ request: Request) async throws -> Response {
        let record = try await find(request)
        let form = (try? request.content.decode(FeedbackNoteForm.self)) ?? FeedbackNoteForm()
        guard let note = form.parsed() else { throw Abort(.badRequest) }
        // The note is headed with when and by whom, in the writer's language, as the page shows it.
        let stamp = DateText(strings: request.strings, timeZone: request.manarat.configuration.timeZone).dualWithTime(
            request.now)
        let noted = request.feedback().noted(
            record, note: note, heading: "\(stamp) — \(request.staff?.displayName ?? "")")
        try await request.audited(
            action: .feedbackNote, recordType: .feedback, recordID: record.id.uuidString,
            summary: "\(record.reference): investigation note"
        ) { db in
            try await request.feedback(on: db).save(noted)
        }
        return request.redirect(to: StaffURL.feedbackItem(record.id).path, redirectType: .normal)
    }

    func close(_ request: Request) async throws -> Response {
        let record = try await find(request)
        let form = try request.content.decode(FeedbackCloseForm.self)
        let service = request.feedback()
        let closing: FeedbackClosing
        switch form.parsed(today: service.today) {
        case .success(let parsed): closing = parsed
        case .failure(let refused):
            return try await casePage(request, item: record, problems: refused.problems, status: .unprocessableEntity)
        }
        guard record.status != .closed else {
            return try await casePage(request, item: record, problems: [], status: .unprocessableEntity)
        }
        let closed = service.closed(record, with: closing)
        try await request.audited(
            action: .feedbackClose, recordType: .feedback, recordID: record.id.uuidString,
            summary: "\(record.reference) closed "
                + (closing.action == nil ? "without an improvement (reason given)" : "with an improvement action")
        ) { db in
            try await request.feedback(on: db).close(closed)
        }
        return request.redirect(to: StaffURL.feedbackItem(record.id).path, redirectType: .normal)
    }

    // MARK: Helpers

    /// The signed-in beneficiary's own item the route names; any other is not found, and the
    /// attempt is audited.
    private func own(_ request: Request) async throws -> FeedbackRecord {
        guard let id = request.parameter(.id, as: UUID.self) else { throw Abort(.notFound) }
        guard let record = try await request.feedback().find(id: id), record.beneficiaryID != nil,
            record.beneficiaryID == request.signedInBeneficiary?.id
        else {
            try await request.audited(
                action: .portalDenied, recordType: .feedback, recordID: id.uuidString,
                summary: "a beneficiary asked for feedback that is not theirs"
            ) { _ in }
            throw Abort(.notFound)
        }
        return record
    }

    /// The item the staff route names.
    private func find(_ request: Request) async throws -> FeedbackRecord {
        guard let id = request.parameter(.feedbackID, as: UUID.self),
            let record = try await request.feedback().find(id: id)
        else { throw Abort(.notFound) }
        return record
    }

    private func formPage(_ request: Request, _ model: FeedbackFormPage.Model, status: HTTPResponseStatus)
        -> Response
    {
        .html(FeedbackFormPage.render(model, context: PageContext(request: request)), status: status)
    }

    private func queuePage(_ request: Request, problems: [FeedbackProblem], status: HTTPResponseStatus)
        async throws -> Response
    {
        let model = try await FeedbackQueuePage.Model.query(
            request.feedback().store, staff: request.staff, problems: problems)
        return .html(FeedbackQueuePage.render(model, context: PageContext(request: request)), status: status)
    }

    private func casePage(
        _ request: Request, item: FeedbackRecord, problems: [FeedbackProblem], status: HTTPResponseStatus
    ) async throws -> Response {
        let model = try await FeedbackCasePage.Model.query(
            request.feedback().store, item: item, problems: problems)
        return .html(FeedbackCasePage.render(model, context: PageContext(request: request)), status: status)
    }
}
