import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Administrators manage the branch offices: each handler reads its input, asks the list's query
/// or `BranchService`, and hands the model to the page.
struct BranchAdminController {
    func list(_ request: Request) async throws -> Response {
        let saved = (try? request.query.get(String.self, at: "saved")) == "1"
        let model = try await BranchList.Model.query(store(request), saved: saved)
        return .html(BranchList.render(model, context: PageContext(request: request)))
    }

    func showNew(_ request: Request) async throws -> Response {
        editor(request, .init(branchID: nil, form: .blank, problems: []), status: .ok)
    }

    func showEdit(_ request: Request) async throws -> Response {
        let branch = try await find(request)
        return editor(request, .init(branchID: branch.id, form: BranchForm(branch: branch), problems: []), status: .ok)
    }

    func create(_ request: Request) async throws -> Response {
        try await save(request, existing: nil)
    }

    func update(_ request: Request) async throws -> Response {
        try await save(request, existing: try await find(request))
    }

    private func save(_ request: Request, existing: Branch?) async throws -> Response {
        let form = try request.content.decode(BranchForm.self)
        let id = existing?.id ?? request.newID()
        let clock = request.manarat.configuration.clock
        let draft: BranchDraft
        switch try await BranchService(store: store(request), clock: clock).check(form, as: id) {
        case .success(let checked): draft = checked
        case .failure(let refused):
            return editor(
                request, .init(branchID: existing?.id, form: form, problems: refused.problems),
                status: .unprocessableEntity)
        }
        try await request.audited(
            action: existing == nil ? .branchCreate : .branchUpdate, recordType: .branch, recordID: id.uuidString,
            summary: BranchService.auditSummary(draft, replacing: existing)
        ) { db in
            try await BranchService(store: BranchRepository(database: db), clock: clock).save(draft, as: id)
        }
        return request.redirect(to: StaffURL.branchList.path(query: [("saved", "1")]), redirectType: .normal)
    }

    private func find(_ request: Request) async throws -> Branch {
        guard let id = request.parameter(.branchID, as: UUID.self), let branch = try await store(request).find(id: id)
        else { throw Abort(.notFound) }
        return branch
    }

    private func editor(_ request: Request, _ model: BranchEditor.Model, status: HTTPResponseStatus) -> Response {
        .html(BranchEditor.render(model, context: PageContext(request: request)), status: status)
    }

    private func store(_ request: Request) -> any BranchStore {
        BranchRepository(database: request.db)
    }
}
