import Foundation
import ManaratDomain
import ManaratPersistence

/// What the category pages do, given the store; it holds no request.
struct CategoryService: Sendable {
    let store: any CategoryStore

    /// `form` as the category `id`: its draft, or every problem with it, a code another category
    /// has included.
    func check(_ form: CategoryForm, as id: UUID) async throws -> Result<CategoryDraft, CategoryFormProblems> {
        var problems: [CategoryProblem] = []
        let parsed = form.parsed()
        if case .failure(let refused) = parsed { problems = refused.problems }
        if let code = StaffRules.normalizedCode(form.code ?? ""), !code.isEmpty,
            try await store.codeTaken(code, except: id)
        {
            problems.insert(.codeTaken, at: 0)
        }
        guard problems.isEmpty, case .success(let draft) = parsed else {
            return .failure(CategoryFormProblems(problems: problems))
        }
        return .success(draft)
    }

    /// Saves `draft` as the category `id`, and returns it.
    @discardableResult
    func save(_ draft: CategoryDraft, as id: UUID) async throws -> BeneficiaryCategory {
        let category = BeneficiaryCategory(
            id: id, code: draft.code, nameArabic: draft.nameArabic, nameEnglish: draft.nameEnglish,
            isActive: draft.isActive)
        try await store.save(category)
        return category
    }
}
