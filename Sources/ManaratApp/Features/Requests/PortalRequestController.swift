import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// What a signed-in beneficiary does with their support requests: apply, save a draft, upload,
/// attest, submit, follow and rate.
///
/// Every request id in a portal URL is checked against the signed-in beneficiary; another
/// person's id answers 404, exactly like an id that does not exist, and the attempt is audited.
struct PortalRequestController {
    /// The signed-in beneficiary, as the portal shell reads them.
    func beneficiary(_ request: Request) async throws -> Beneficiary {
        try await PortalController().beneficiary(request)
    }

    /// The request with the URL's id, if it is this beneficiary's; otherwise 404 and an audit entry.
    func ownRequest(_ request: Request) async throws -> RequestFile {
        guard let id = request.parameter(.id, as: UUID.self) else { throw Abort(.notFound) }
        guard let file = try await request.requestStore.file(id: id),
            file.request.beneficiaryID == request.signedInBeneficiary?.id
        else {
            try await request.audited(
                action: .portalDenied, recordType: .request, recordID: id.uuidString,
                summary: "a beneficiary asked for a request that is not theirs"
            ) { _ in }
            throw Abort(.notFound)
        }
        return file
    }

    func apply(_ request: Request) async throws -> Response {
        let model = PortalApplyPage.Model(
            beneficiary: try await beneficiary(request),
            types: try await RequestTypeRepository(database: request.db).types().filter(\.isActive))
        return .html(PortalApplyPage.render(model, context: PageContext(request: request)))
    }

    func showApplyType(_ request: Request) async throws -> Response {
        let beneficiary = try await beneficiary(request)
        let type = try await activeType(request)
        return application(
            request,
            .init(beneficiary: beneficiary, type: type, requestID: nil, form: RequestDataForm(), problems: []),
            status: type.isEligible(categories: beneficiary.categoryIDs) ? .ok : .forbidden)
    }

    /// "Save and finish later" keeps whatever was typed, however incomplete; only "continue"
    /// asks for the details and the amount.
    func createDraft(_ request: Request) async throws -> Response {
        let beneficiary = try await beneficiary(request)
        let type = try await activeType(request)
        let form = try request.content.decode(RequestDataForm.self)
        var (data, problems) = form.parsed(for: type, draftOnly: form.isDraftOnly)
        if !type.isEligible(categories: beneficiary.categoryIDs) { problems.append(.typeNotEligible) }
        guard problems.isEmpty else {
            return application(
                request,
                .init(beneficiary: beneficiary, type: type, requestID: nil, form: form, problems: problems),
                status: .unprocessableEntity)
        }
        let created = try await RequestService(workflow: request.requestWorkflow).createDraft(
            of: type, for: beneficiary, data: data, id: request.newID(),
            submission: SubmissionKey.of(request, action: AuditAction.requestCreate.rawValue))
        return request.redirect(to: PortalURL.request(created).path, redirectType: .normal)
    }

    func showEditDraft(_ request: Request) async throws -> Response {
        let file = try await ownRequest(request)
        guard file.request.status == .draft else {
            return request.redirect(to: PortalURL.request(file.request.id).path, redirectType: .normal)
        }
        return application(
            request,
            .init(
                beneficiary: file.beneficiary, type: file.type, requestID: file.request.id,
                form: RequestDataForm(request: file.request, blankZeroAmount: true), problems: []), status: .ok)
    }

    func saveDraft(_ request: Request) async throws -> Response {
        let text = RequestText(strings: request.strings)
        let file = try await ownRequest(request)
        let form = try request.content.decode(RequestDataForm.self)
        guard file.request.status == .draft else {
            throw UserFacingRefusal(status: .conflict, message: text.requestClosed)
        }
        let (data, problems) = form.parsed(for: file.type, draftOnly: form.isDraftOnly)
        func refuse(_ problems: [RequestProblem], status: HTTPResponseStatus) -> Response {
            var shown = form
            shown.version = file.request.version
            return application(
                request,
                .init(
                    beneficiary: file.beneficiary, type: file.type, requestID: file.request.id, form: shown,
                    problems: problems), status: status)
        }
        guard problems.isEmpty else { return refuse(problems, status: .unprocessableEntity) }
        do {
            try await RequestService(workflow: request.requestWorkflow).saveDraft(
                data, of: file, readAt: form.version)
        } catch let refused as RequestProblems {
            return refuse(refused.problems, status: refused.status)
        }
        return request.redirect(to: PortalURL.request(file.request.id).path, redirectType: .normal)
    }

    func showRequest(_ request: Request) async throws -> Response {
        try await page(request, file: try await ownRequest(request), problems: [], status: .ok)
    }

    func uploadDocument(_ request: Request) async throws -> Response {
        let file = try await ownRequest(request)
        let form = try request.content.decode(DocumentUploadForm.self)
        guard let kind = form.documentKind, kind != .researchPhoto, kind != .signedAttestation else {
            throw Abort(.badRequest)
        }
        // The applicant gives an expiry day only: the issue day is the desk's to read.
        var portalForm = form
        portalForm.issuedOn = nil
        var (upload, problems) = portalForm.parsed(
            identityType: file.beneficiary.identity.type, maximumBytes: request.manarat.configuration.uploadMaxBytes)
        if file.request.status.isFinal { problems.insert(.requestClosed, at: 0) }
        return try await act(request, file) { service in
            try await service.upload(upload, problems: problems, to: file, id: request.newID())
        }
    }

    func attest(_ request: Request) async throws -> Response {
        let file = try await ownRequest(request)
        let form = try request.content.decode(AttestationForm.self)
        return try await act(request, file) { service in
            guard form.confirmed == "on" else { throw RequestProblems([.portalAttestationUnconfirmed]) }
            try await service.attestOnline(file)
        }
    }

    func submit(_ request: Request) async throws -> Response {
        let file = try await ownRequest(request)
        let form = try request.content.decode(RequestActionForm.self)
        return try await act(request, file, done: [("submitted", "1")]) { service in
            try await service.submitFromPortal(file, version: form.version)
        }
    }

    /// The applicant's rating of the service, from 1 to 5, with a comment.
    struct RatingForm: Content {
        var score: String?
        var comment: String?
    }

    func rate(_ request: Request) async throws -> Response {
        let file = try await ownRequest(request)
        let form = try request.content.decode(RatingForm.self)
        let score = Int(Digits.latinized(form.score ?? "")) ?? 0
        return try await act(request, file, done: [("rated", "1")]) { service in
            try await service.rate(file, score: score, comment: form.comment ?? "")
        }
    }

    /// Runs one action on the applicant's request: back to its page when done, or the page with
    /// the refusal.
    private func act(
        _ request: Request, _ file: RequestFile, done query: [(String, String)] = [],
        _ body: (RequestService) async throws -> Void
    ) async throws -> Response {
        do {
            try await body(RequestService(workflow: request.requestWorkflow))
        } catch {
            guard let refused = RequestController.problems(error) else { throw error }
            let current = try await request.requestStore.file(id: file.request.id) ?? file
            return try await page(request, file: current, problems: refused.problems, status: refused.status)
        }
        return request.redirect(to: PortalURL.request(file.request.id).path(query: query), redirectType: .normal)
    }

    private func page(_ request: Request, file: RequestFile, problems: [RequestProblem], status: HTTPResponseStatus)
        async throws -> Response
    {
        let model = try await PortalRequestPage.Model.query(
            file, workflow: request.requestWorkflow,
            justSubmitted: (try? request.query.get(String.self, at: "submitted")) == "1", problems: problems)
        return .html(PortalRequestPage.render(model, context: PageContext(request: request)), status: status)
    }

    private func application(_ request: Request, _ model: PortalApplicationPage.Model, status: HTTPResponseStatus)
        -> Response
    {
        .html(PortalApplicationPage.render(model, context: PageContext(request: request)), status: status)
    }

    private func activeType(_ request: Request) async throws -> RequestType {
        guard let id = request.parameter(.id, as: UUID.self),
            let type = try await RequestTypeRepository(database: request.db).type(id: id), type.isActive
        else { throw Abort(.notFound) }
        return type
    }
}
