import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Inquiries (استفسارات): asked in the portal or recorded by staff from any channel, answered
/// within two working days or referred to a social researcher, shown to the asker, rated once.
/// Each handler decodes its form, asks `InquiryService`, and hands a model to the page.
struct InquiryController {
    /// The settings key of the first-answer target in working days.
    static let answerDaysKey = RequestSettingKey.inquiryAnswerDays

    static let readers: Set<Role> = [.admin, .relations, .researcher, .quality]
    static let answerers: Set<Role> = InquiryService.answerers

    // MARK: Portal

    func showAsk(_ request: Request) async throws -> Response {
        ask(request, form: InquiryForm(), problems: [], status: .ok)
    }

    func ask(_ request: Request) async throws -> Response {
        guard let beneficiaryID = request.signedInBeneficiary?.id else { throw Abort(.unauthorized) }
        let form = try request.content.decode(InquiryForm.self)
        let draft: InquiryDraft
        switch form.parsed(maximumBytes: request.manarat.configuration.uploadMaxBytes) {
        case .success(let parsed): draft = parsed
        case .failure(let refused):
            return ask(request, form: form, problems: refused.problems, status: .unprocessableEntity)
        }
        let inquiry = try await service(request).inquiry(draft, from: beneficiaryID, through: .website)
        let created = try await save(inquiry, attachment: draft.attachment, request: request, action: .inquiryAsk)
        return request.redirect(to: PortalURL.inquiry(created).path, redirectType: .normal)
    }

    func showOwn(_ request: Request) async throws -> Response {
        let inquiry = try await own(request)
        let store = service(request).store
        let model = PortalInquiryPage.Model(
            inquiry: inquiry, rating: try await store.rating(id: inquiry.id),
            attachment: try await store.attachment(of: inquiry.id))
        return .html(PortalInquiryPage.render(model, context: PageContext(request: request)))
    }

    func rate(_ request: Request) async throws -> Response {
        let inquiry = try await own(request)
        let form = try request.content.decode(InquiryActionForm.self)
        let score = Int(Digits.latinized(form.score ?? "")) ?? 0
        guard (1...5).contains(score) else { throw Abort(.badRequest) }
        let saved = try await request.audited(
            action: .inquiryRating, recordType: .inquiry, recordID: inquiry.id.uuidString,
            summary: "\(inquiry.reference): rated \(score)"
        ) { db in
            try await service(request, on: db).rate(inquiry, score: score, comment: form.comment ?? "")
        }
        guard saved else { throw Abort(.conflict) }
        return request.redirect(to: PortalURL.inquiry(inquiry.id).path, redirectType: .normal)
    }

    // MARK: Staff

    func list(_ request: Request) async throws -> Response {
        let open = try await AccessMiddleware.withinBranch(
            try await InquiryRepository(database: request.db).list(openOnly: true), request: request
        ) { $0.beneficiaryID }
        let model = try await InquiryListPage.Model.query(
            request.db, open: open, mine: (try? request.query.get(String.self, at: "view")) == "mine",
            staffID: request.staff?.id)
        return .html(InquiryListPage.render(model, context: PageContext(request: request)))
    }

    func showRecord(_ request: Request) async throws -> Response {
        let beneficiary = try await BeneficiaryController().find(request)
        return record(
            request, beneficiary: beneficiary, form: InquiryForm(channel: ContactChannel.phone.rawValue), problems: [],
            status: .ok)
    }

    func record(_ request: Request) async throws -> Response {
        let beneficiary = try await BeneficiaryController().find(request)
        var form = try request.content.decode(InquiryForm.self)
        // Staff record the question only; an attachment comes with a question asked in the portal.
        form.attachment = nil
        let draft: InquiryDraft
        switch form.parsed(maximumBytes: request.manarat.configuration.uploadMaxBytes) {
        case .success(let parsed): draft = parsed
        case .failure(let refused):
            return record(
                request, beneficiary: beneficiary, form: form, problems: refused.problems, status: .unprocessableEntity)
        }
        let inquiry = try await service(request).inquiry(draft, from: beneficiary.id, through: draft.channel)
        try await save(inquiry, attachment: nil, request: request, action: .inquiryRecord)
        return request.redirect(to: StaffURL.inquiry(inquiry.id).path, redirectType: .normal)
    }

    func show(_ request: Request) async throws -> Response {
        try await page(request, inquiry: try await find(request), problems: [], status: .ok)
    }

    func answer(_ request: Request) async throws -> Response {
        let inquiry = try await find(request)
        let form = try request.content.decode(InquiryActionForm.self)
        let staff = request.staff
        return try await change(request, inquiry) {
            let answered = try await service(request).answered(
                inquiry, with: form.answer ?? "", article: form.id(.articleID), by: staff)
            try await request.audited(
                action: .inquiryAnswer, recordType: .inquiry, recordID: inquiry.id.uuidString,
                summary: "\(inquiry.reference) answered"
            ) { db in
                try await service(request, on: db).answer(answered, by: staff)
            }
        }
    }

    /// Assigns the inquiry to a named employee who may answer it; the list's "mine" view shows it to them.
    func assign(_ request: Request) async throws -> Response {
        let inquiry = try await find(request)
        let form = try request.content.decode(InquiryActionForm.self)
        return try await change(request, inquiry) {
            let (assigned, member) = try await service(request).assigned(inquiry, to: form.id(.staffID))
            try await request.audited(
                action: .inquiryAssign, recordType: .inquiry, recordID: inquiry.id.uuidString,
                summary: "\(inquiry.reference) assigned to \(member.username)"
            ) { db in
                try await service(request, on: db).update(assigned)
            }
        }
    }

    func refer(_ request: Request) async throws -> Response {
        let inquiry = try await find(request)
        let form = try request.content.decode(InquiryActionForm.self)
        return try await change(request, inquiry) {
            let (referred, researcher) = try await service(request).referred(inquiry, to: form.id(.researcherID))
            try await request.audited(
                action: .inquiryRefer, recordType: .inquiry, recordID: inquiry.id.uuidString,
                summary: "\(inquiry.reference) referred to researcher \(researcher.username)"
            ) { db in
                try await service(request, on: db).update(referred)
            }
        }
    }

    /// Turns an inquiry into a support request: a draft of the chosen type carrying the question,
    /// and an answer telling the asker the reference to follow.
    func convert(_ request: Request) async throws -> Response {
        let original = try await find(request)
        let form = try request.content.decode(InquiryActionForm.self)
        guard original.status != .answered, let typeID = form.id(.typeID),
            let type = try await service(request).store.requestType(id: typeID), type.isActive,
            let staff = request.staff
        else { throw Abort(.badRequest) }
        let requestID = request.newID()
        try await request.audited(
            action: .inquiryConvert, recordType: .inquiry, recordID: original.id.uuidString,
            summary: "\(original.reference) converted into a \(type.code) request"
        ) { db in
            try await service(request, on: db).convert(original, into: type, as: requestID, by: staff)
        }
        return request.redirect(to: StaffURL.request(requestID).path, redirectType: .normal)
    }

    // MARK: Attachments

    /// The asker downloads their own question's attachment.
    func ownAttachment(_ request: Request) async throws -> Response {
        try await attachmentResponse(request, inquiry: try await own(request))
    }

    /// Staff who read inquiries download a question's attachment.
    func staffAttachment(_ request: Request) async throws -> Response {
        try await attachmentResponse(request, inquiry: try await find(request))
    }

    private func attachmentResponse(_ request: Request, inquiry: Inquiry) async throws -> Response {
        guard let attachment = try await InquiryRepository(database: request.db).attachment(of: inquiry.id) else {
            throw Abort(.notFound)
        }
        try await request.audited(
            action: .inquiryAttachmentDownload, recordType: .inquiry, recordID: inquiry.id.uuidString,
            summary: "\(inquiry.reference): attachment"
        ) { _ in }
        return try await Uploads.download(
            request, sha256: attachment.sha256, mimeType: attachment.format.mimeType,
            filename: "\(inquiry.reference)-attachment.\(attachment.format.fileExtension)")
    }

    // MARK: Helpers

    /// Saves a new inquiry and returns its id (the earlier one's, for a form submitted twice).
    @discardableResult
    private func save(_ inquiry: Inquiry, attachment: DocumentUpload?, request: Request, action: AuditAction)
        async throws -> UUID
    {
        let attachmentID = request.newID()
        return try await request.auditedCreation(
            recordID: inquiry.id, action: action, recordType: .inquiry,
            summary: "\(inquiry.category.rawValue) via \(inquiry.channel.rawValue), due \(inquiry.answerDueOn)"
                + (attachment.map { ", attachment \($0.format.rawValue) \($0.bytes.count) bytes" } ?? "")
        ) { db in
            try await service(request, on: db).save(inquiry, attachment: attachment, attachmentID: attachmentID)
        }
    }

    /// Runs one change on the inquiry: back to its page when done, or the page with the refusal.
    private func change(_ request: Request, _ inquiry: Inquiry, _ body: () async throws -> Void) async throws
        -> Response
    {
        do {
            try await body()
        } catch let refused as InquiryProblems {
            return try await page(request, inquiry: inquiry, problems: refused.problems, status: .unprocessableEntity)
        }
        return request.redirect(to: StaffURL.inquiry(inquiry.id).path, redirectType: .normal)
    }

    private func own(_ request: Request) async throws -> Inquiry {
        guard let id = request.parameter(.id, as: UUID.self) else { throw Abort(.notFound) }
        guard let inquiry = try await InquiryRepository(database: request.db).find(id: id),
            inquiry.beneficiaryID == request.signedInBeneficiary?.id
        else {
            try await request.audited(
                action: .portalDenied, recordType: .inquiry, recordID: id.uuidString,
                summary: "a beneficiary asked for an inquiry that is not theirs"
            ) { _ in }
            throw Abort(.notFound)
        }
        return inquiry
    }

    private func find(_ request: Request) async throws -> Inquiry {
        guard let id = request.parameter(.inquiryID, as: UUID.self),
            let inquiry = try await InquiryRepository(database: request.db).find(id: id)
        else { throw Abort(.notFound) }
        return inquiry
    }

    private func ask(_ request: Request, form: InquiryForm, problems: [InquiryProblem], status: HTTPResponseStatus)
        -> Response
    {
        var shown = form
        shown.attachment = nil
        return .html(
            PortalAskPage.render(.init(form: shown, problems: problems), context: PageContext(request: request)),
            status: status)
    }

    private func record(
        _ request: Request, beneficiary: Beneficiary, form: InquiryForm, problems: [InquiryProblem],
        status: HTTPResponseStatus
    ) -> Response {
        .html(
            InquiryRecordPage.render(
                .init(beneficiary: beneficiary, form: form, problems: problems), context: PageContext(request: request)),
            status: status)
    }

    private func page(_ request: Request, inquiry: Inquiry, problems: [InquiryProblem], status: HTTPResponseStatus)
        async throws -> Response
    {
        let model = try await InquiryPage.Model.query(
            request.db, inquiry: inquiry, staff: request.staff, problems: problems)
        return .html(InquiryPage.render(model, context: PageContext(request: request)), status: status)
    }

    private func service(_ request: Request, on database: (any Database)? = nil) -> InquiryService {
        InquiryService(
            store: DatabaseInquiryStore(
                database: database ?? request.db, configuration: request.manarat.configuration, now: request.now,
                calendarCache: request.manarat.calendarCache), clock: request.manarat.configuration.clock,
            timeZone: request.manarat.configuration.timeZone, ids: request.manarat.configuration.ids)
    }
}
