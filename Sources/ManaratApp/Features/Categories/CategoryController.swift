import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Administrators manage the beneficiary categories (الفئات المستفيدة): each handler reads its
/// input, asks the list's query or `CategoryService`, and hands the model to the page.
struct CategoryController {
    func list(_ request: Request) async throws -> Response {
        let saved = (try? request.query.get(String.self, at: "saved")) == "1"
        let model = try await CategoryList.Model.query(store(request), saved: saved)
        return .html(CategoryList.render(model, context: PageContext(request: request)))
    }

    func showNew(_ request: Request) async throws -> Response {
        editor(request, .init(categoryID: nil, form: .blank, problems: []), status: .ok)
    }

    func showEdit(_ request: Request) async throws -> Response {
        let category = try await find(request)
        return editor(
            request, .init(categoryID: category.id, form: CategoryForm(category: category), problems: []), status: .ok)
    }

    func create(_ request: Request) async throws -> Response {
        try await save(request, existing: nil)
    }

    func update(_ request: Request) async throws -> Response {
        try await save(request, existing: try await find(request))
    }

    private func save(_ request: Request, existing: BeneficiaryCategory?) async throws -> Response {
        let form = try request.content.decode(CategoryForm.self)
        let id = existing?.id ?? request.newID()
        func refuse(_ problems: [CategoryProblem]) -> Response {
            editor(
                request, .init(categoryID: existing?.id, form: form, problems: problems), status: .unprocessableEntity)
        }
        let draft: CategoryDraft
        switch try await CategoryService(store: store(request)).check(form, as: id) {
        case .success(let checked): draft = checked
        case .failure(let refused): return refuse(refused.problems)
        }
        try await request.audited(
            action: existing == nil ? .categoryCreate : .categoryUpdate, recordType: .category,
            recordID: id.uuidString,
            summary: "code=\(draft.code) ar=\(draft.nameArabic) en=\(draft.nameEnglish) active=\(draft.isActive)"
        ) { db in
            try await CategoryService(store: CategoryRepository(database: db)).save(draft, as: id)
        }
        return request.redirect(to: StaffURL.categories.path(query: [("saved", "1")]), redirectType: .normal)
    }

    private func find(_ request: Request) async throws -> BeneficiaryCategory {
        guard let id = request.parameter(.categoryID, as: UUID.self),
            let category = try await store(request).find(id: id)
        else { throw Abort(.notFound) }
        return category
    }

    private func editor(_ request: Request, _ model: CategoryEditor.Model, status: HTTPResponseStatus) -> Response {
        .html(CategoryEditor.render(model, context: PageContext(request: request)), status: status)
    }

    private func store(_ request: Request) -> any CategoryStore {
        CategoryRepository(database: request.db)
    }
}
