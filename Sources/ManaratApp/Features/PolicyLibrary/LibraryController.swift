import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The policy and guide library: the version in force of each document with its board approval
/// in both calendars, old versions kept read-only, and staff acknowledging each new version.
/// Each handler reads through a page's query or asks `PolicyLibraryService`.
struct LibraryController {
    func publicPolicy(_ request: Request) async throws -> Response {
        guard let version = try await store(request).current(.relationsPolicy) else { throw Abort(.notFound) }
        return .html(PublicPolicyPage.render(.init(version: version), context: PageContext(request: request)))
    }

    /// The signed or printed copy of the policy in force, for anyone.
    func publicPolicyFile(_ request: Request) async throws -> Response {
        guard let version = try await store(request).current(.relationsPolicy) else { throw Abort(.notFound) }
        return try await fileResponse(request, version: version)
    }

    /// The file of any version, current or old, for staff.
    func versionFile(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.versionID, as: UUID.self),
            let version = try await store(request).version(id: id)
        else { throw Abort(.notFound) }
        return try await fileResponse(request, version: version)
    }

    private func fileResponse(_ request: Request, version: PolicyVersion) async throws -> Response {
        guard let sha = version.fileSHA256, let blob = try await DocumentStore(database: request.db).blob(sha) else {
            throw Abort(.notFound)
        }
        let format = ManaratDomain.DocumentFormat.allCases.first { $0.mimeType == blob.mimeType } ?? .pdf
        let label = version.label.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
        return try await Uploads.download(
            request, sha256: sha, mimeType: blob.mimeType,
            filename: "\(version.kind.rawValue)-\(label).\(format.fileExtension)")
    }

    func list(_ request: Request) async throws -> Response {
        guard let staff = request.staff else { throw Abort(.unauthorized) }
        let model = try await LibraryPage.Model.query(store(request), staff: staff)
        return .html(LibraryPage.render(model, context: PageContext(request: request)))
    }

    func show(_ request: Request) async throws -> Response {
        guard let staff = request.staff, let id = request.parameter(.versionID, as: UUID.self),
            let model = try await PolicyVersionPage.Model.query(
                store(request), database: request.db, id: id, staff: staff)
        else { throw Abort(.notFound) }
        return .html(PolicyVersionPage.render(model, context: PageContext(request: request)))
    }

    func acknowledge(_ request: Request) async throws -> Response {
        guard let staff = request.staff, let id = request.parameter(.versionID, as: UUID.self),
            let version = try await store(request).version(id: id)
        else { throw Abort(.notFound) }
        let clock = request.manarat.configuration.clock
        try await request.audited(
            action: .policyAcknowledge, recordType: .policyVersion, recordID: id.uuidString,
            summary: "\(version.kind.rawValue) version \(version.label) read"
        ) { db in
            try await PolicyLibraryService(store: PolicyStoreRepository(database: db), clock: clock)
                .acknowledge(id, by: staff.id)
        }
        return request.redirect(to: StaffURL.libraryVersion(id).path, redirectType: .normal)
    }

    func showPublish(_ request: Request) async throws -> Response {
        try publishPage(request, kind: try kindParameter(request), form: .blank, problems: [], status: .ok)
    }

    func publish(_ request: Request) async throws -> Response {
        let kind = try kindParameter(request)
        let form = try request.content.decode(PolicyPublishForm.self)
        let draft: PolicyDraft
        switch form.parsed(maximumBytes: request.manarat.configuration.uploadMaxBytes) {
        case .success(let parsed): draft = parsed
        case .failure(let refused):
            return try publishPage(
                request, kind: kind, form: form, problems: refused.problems, status: .unprocessableEntity)
        }
        let id = request.newID()
        let clock = request.manarat.configuration.clock
        try await request.audited(
            action: .policyPublish, recordType: .policyVersion, recordID: id.uuidString,
            summary: "\(kind.rawValue) version \(draft.label), decision \(draft.decisionNumber) of \(draft.approvedOn)"
                + (draft.file.map { ", file \($0.format.rawValue) \($0.bytes.count) bytes" } ?? "")
        ) { db in
            try await PolicyLibraryService(store: PolicyStoreRepository(database: db), clock: clock)
                .publish(draft, of: kind, as: id)
        }
        return request.redirect(to: StaffURL.libraryVersion(id).path, redirectType: .normal)
    }

    private func kindParameter(_ request: Request) throws -> PolicyDocumentKind {
        guard let kind = request.parameter(.kind).flatMap(PolicyDocumentKind.init(rawValue:)) else {
            throw Abort(.notFound)
        }
        return kind
    }

    private func publishPage(
        _ request: Request, kind: PolicyDocumentKind, form: PolicyPublishForm, problems: [PolicyProblem],
        status: HTTPResponseStatus
    ) throws -> Response {
        var shown = form
        shown.file = nil
        return .html(
            PolicyPublishPage.render(
                .init(kind: kind, form: shown, problems: problems), context: PageContext(request: request)),
            status: status)
    }

    private func store(_ request: Request) -> any PolicyStore {
        PolicyStoreRepository(database: request.db)
    }
}
