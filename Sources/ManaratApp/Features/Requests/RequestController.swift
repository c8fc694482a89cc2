import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Support requests at the staff desk: intake, documents, attestation, submission, referral,
/// research, hand-off to the committee, withdrawal, and document downloads. Each handler decodes
/// its form, asks `RequestService` and hands a model to the page; a refusal shows the request
/// page with its problems.
struct RequestController {
    // MARK: Lists

    func list(_ request: Request) async throws -> Response {
        let model = try await RequestListPage.Model.query(
            request.db, view: (try? request.query.get(String.self, at: "view")) ?? "open",
            text: (try? request.query.get(String.self, at: "q")) ?? "",
            page: (try? request.query.get(Int.self, at: "page")) ?? 1, staff: request.staff,
            today: request.requestWorkflow.today, calendar: { try await request.workingCalendar() })
        return .html(RequestListPage.render(model, context: PageContext(request: request)))
    }

    // MARK: Intake

    func showNew(_ request: Request) async throws -> Response {
        let beneficiary = try await BeneficiaryController().find(request)
        let chosen = (try? request.query.get(String.self, at: "type")).flatMap(UUID.init(uuidString:))
        return try await renderNew(
            request, beneficiary: beneficiary, typeID: chosen,
            form: RequestDataForm(channel: ContactChannel.interview.rawValue), problems: [], status: .ok)
    }

    func create(_ request: Request) async throws -> Response {
        let beneficiary = try await BeneficiaryController().find(request)
        let form = try request.content.decode(RequestDataForm.self)
        guard let typeID = form.typeID.flatMap(UUID.init(uuidString:)),
            let type = try await request.requestStore.requestType(id: typeID), type.isActive
        else {
            throw Abort(.badRequest)
        }
        var (data, problems) = form.parsed(for: type)
        if !type.isEligible(categories: beneficiary.categoryIDs) { problems.insert(.typeNotEligible, at: 0) }
        guard problems.isEmpty else {
            return try await renderNew(
                request, beneficiary: beneficiary, typeID: typeID, form: form, problems: problems,
                status: .unprocessableEntity)
        }
        let created = try await service(request).createDraft(
            of: type, for: beneficiary, data: data, id: request.newID(),
            submission: SubmissionKey.of(request, action: AuditAction.requestCreate.rawValue))
        return request.redirect(to: StaffURL.request(created).path(query: [("saved", "1")]), redirectType: .normal)
    }

    private func renderNew(
        _ request: Request, beneficiary: Beneficiary, typeID: UUID?, form: RequestDataForm, problems: [RequestProblem],
        status: HTTPResponseStatus
    ) async throws -> Response {
        let types = try await RequestTypeRepository(database: request.db).types().filter(\.isActive)
        let model = RequestNewPage.Model(
            beneficiary: beneficiary, types: types, chosen: types.first { $0.id == typeID }, form: form,
            problems: problems)
        return .html(RequestNewPage.render(model, context: PageContext(request: request)), status: status)
    }

    // MARK: Completing a request's data

    func showEdit(_ request: Request) async throws -> Response {
        let file = try await editableFile(request)
        return .html(
            RequestEditPage.render(
                .init(file: file, form: RequestDataForm(request: file.request), problems: []),
                context: PageContext(request: request)))
    }

    /// Saves the fields, description and amount (the applicant gave what was missing by phone,
    /// say), then checks the request again: an incomplete one whose data is now complete is registered.
    func saveEdit(_ request: Request) async throws -> Response {
        let file = try await editableFile(request)
        let form = try request.content.decode(RequestDataForm.self)
        let (data, problems) = form.parsed(for: file.type)
        func refuse(_ problems: [RequestProblem], status: HTTPResponseStatus) -> Response {
            .html(
                RequestEditPage.render(
                    .init(file: file, form: form, problems: problems), context: PageContext(request: request)),
                status: status)
        }
        guard problems.isEmpty else { return refuse(problems, status: .unprocessableEntity) }
        do {
            try await service(request).completeData(data, of: file, readAt: form.version ?? 0)
        } catch let refused as RequestProblems {
            return refuse(refused.problems, status: refused.status)
        }
        return saved(request, file)
    }

    private func editableFile(_ request: Request) async throws -> RequestFile {
        let file = try await file(request)
        guard RequestService.editableStatuses.contains(file.request.status) else {
            throw UserFacingRefusal(status: .conflict, message: request.strings[.actionNotAllowedNow])
        }
        return file
    }

    // MARK: The request page

    func show(_ request: Request) async throws -> Response {
        try await page(request, file: try await file(request), problems: [], status: .ok)
    }

    func uploadDocument(_ request: Request) async throws -> Response {
        let file = try await file(request)
        let form = try request.content.decode(DocumentUploadForm.self)
        guard let kind = form.documentKind else { throw Abort(.badRequest) }
        if kind == .researchPhoto, !(request.staff?.roles.contains(.researcher) ?? false) { throw Abort(.forbidden) }
        var (upload, problems) = form.parsed(
            identityType: file.beneficiary.identity.type,
            maximumBytes: request.manarat.configuration.uploadMaxBytes)
        if [.withdrawn, .rejected, .completed].contains(file.request.status) { problems.insert(.requestClosed, at: 0) }
        return try await act(request, file) { service in
            try await service.upload(upload, problems: problems, to: file, id: request.newID())
        }
    }

    func attest(_ request: Request) async throws -> Response {
        let file = try await file(request)
        let form = try request.content.decode(AttestationForm.self)
        var (signedForm, problems) = form.parsedAtDesk(maximumBytes: request.manarat.configuration.uploadMaxBytes)
        if file.request.attestation != nil { problems.append(.alreadyAttested) }
        return try await act(request, file) { service in
            try await service.attestAtDesk(
                file, channel: form.attestedThrough, signedForm: signedForm, problems: problems,
                documentID: request.newID())
        }
    }

    // MARK: Moving the request

    func submit(_ request: Request) async throws -> Response {
        let file = try await file(request)
        let form = try request.content.decode(RequestActionForm.self)
        return try await act(request, file) { service in
            try await service.workflow.submit(file, version: form.version)
        }
    }

    func refer(_ request: Request) async throws -> Response {
        let file = try await file(request)
        let form = try request.content.decode(RequestActionForm.self)
        return try await act(request, file) { service in
            try await service.refer(
                file, to: form.researcherID.flatMap(UUID.init(uuidString:)), note: form.shortNote,
                version: form.version)
        }
    }

    func research(_ request: Request) async throws -> Response {
        let file = try await file(request)
        let form = try request.content.decode(ResearchReportForm.self)
        guard RequestService.mayWriteReport(file.request, staff: request.staff) else {
            return try await page(request, file: file, problems: [.notYourResearch(.findings)], status: .forbidden)
        }
        guard form.recommendationIsKnown else { throw Abort(.badRequest) }
        // The report carries the needs assessment as the researcher verified it on the visit.
        let needsForm = try request.content.decode(NeedsForm.self)
        let (factors, needsProblems) = needsForm.parsed()
        let workflow = request.requestWorkflow
        let (report, problems) = form.parsed(
            today: workflow.today, researcherName: request.staff?.displayName ?? "", now: workflow.now)
        let service = RequestService(workflow: workflow)
        do {
            try await service.addReport(
                report, problems: problems + needsProblems.map(RequestProblem.needs), needs: factors, to: file)
        } catch {
            guard let refused = Self.problems(error) else { throw error }
            return try await page(
                request, file: file, problems: refused.problems, status: refused.status, needsForm: needsForm)
        }
        return saved(request, file)
    }

    func scheduleVisit(_ request: Request) async throws -> Response {
        let file = try await file(request)
        let form = try request.content.decode(VisitForm.self)
        let today = request.requestWorkflow.today
        return try await act(request, file) { service in
            try await service.scheduleVisit(file, on: form.parsed(today: today))
        }
    }

    func sendToCommittee(_ request: Request) async throws -> Response {
        let file = try await file(request)
        let form = try request.content.decode(RequestActionForm.self)
        return try await act(request, file) { service in
            try await service.sendToCommittee(file, note: form.shortNote, version: form.version)
        }
    }

    func withdraw(_ request: Request) async throws -> Response {
        let file = try await file(request)
        let form = try request.content.decode(RequestActionForm.self)
        return try await act(request, file) { service in
            try await service.withdraw(file, reason: try form.withdrawalReason().get(), version: form.version)
        }
    }

    // MARK: Download

    func download(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.documentID, as: UUID.self),
            let document = try await RequestDocumentRepository(database: request.db).document(id: id),
            let owner = try await RequestRepository(database: request.db).find(id: document.requestID)
        else {
            throw Abort(.notFound)
        }
        try await request.audited(
            action: .documentDownload, recordType: .request, recordID: owner.id.uuidString,
            summary: "\(owner.reference): \(document.kind.rawValue)"
        ) { _ in }
        return try await Uploads.download(
            request, sha256: document.sha256, mimeType: document.format.mimeType,
            filename: "\(owner.reference)-\(document.kind.rawValue).\(document.format.fileExtension)")
    }

    // MARK: Shared

    /// The request named by the URL; 404 when there is none.
    func file(_ request: Request) async throws -> RequestFile {
        guard let id = request.parameter(.requestID, as: UUID.self),
            let file = try await request.requestStore.file(id: id)
        else { throw Abort(.notFound) }
        return file
    }

    /// Runs one action on the request: back to its page when done, or the page with the refusal
    /// (read again, since a refused step may have recorded a recusal).
    func act(_ request: Request, _ file: RequestFile, _ body: (RequestService) async throws -> Void) async throws
        -> Response
    {
        do {
            try await body(service(request))
        } catch {
            guard let refused = Self.problems(error) else { throw error }
            let current = try await request.requestStore.file(id: file.request.id) ?? file
            return try await page(request, file: current, problems: refused.problems, status: refused.status)
        }
        return saved(request, file)
    }

    /// The refusal an error stands for, when it is one people should read.
    static func problems(_ error: any Error) -> RequestProblems? {
        if let refused = error as? RequestProblems { return refused }
        return RequestProblem(error).map { RequestProblems([$0]) }
    }

    /// The request page for `file`, with `problems`.
    func page(
        _ request: Request, file: RequestFile, problems: [RequestProblem], status: HTTPResponseStatus,
        needsForm: NeedsForm? = nil
    ) async throws -> Response {
        let model = try await RequestPage.Model.query(
            file, workflow: request.requestWorkflow, database: request.db, staff: request.staff,
            language: request.language, problems: problems,
            saved: (try? request.query.get(String.self, at: "saved")) == "1", needsForm: needsForm)
        return .html(RequestPage.render(model, context: PageContext(request: request)), status: status)
    }

    private func saved(_ request: Request, _ file: RequestFile) -> Response {
        request.redirect(to: StaffURL.request(file.request.id).path(query: [("saved", "1")]), redirectType: .normal)
    }

    private func service(_ request: Request) -> RequestService {
        RequestService(workflow: request.requestWorkflow)
    }
}
