import Foundation
import ManaratDomain
import ManaratPersistence

/// What the branch pages do, given the store and the clock; it holds no request.
struct BranchService: Sendable {
    let store: any BranchStore
    let clock: WallClock

    /// `form` as the branch `id`: its draft, or every problem with it, a code another branch has
    /// included.
    func check(_ form: BranchForm, as id: UUID) async throws -> Result<BranchDraft, BranchFormProblems> {
        let parsed = form.parsed()
        var problems: [BranchProblem] = []
        if case .failure(let refused) = parsed { problems = refused.problems }
        if !problems.contains(.codeInvalid), try await store.codeTaken(form.normalizedCode, except: id) {
            problems.insert(.codeTaken, at: 0)
        }
        guard problems.isEmpty, case .success(let draft) = parsed else {
            return .failure(BranchFormProblems(problems: problems))
        }
        return .success(draft)
    }

    /// Saves `draft` as the branch `id`, and returns it.
    @discardableResult
    func save(_ draft: BranchDraft, as id: UUID) async throws -> Branch {
        let branch = Branch(
            id: id, code: draft.code, nameArabic: draft.nameArabic, nameEnglish: draft.nameEnglish, city: draft.city,
            isActive: draft.isActive)
        try await store.save(branch, at: clock.now())
        return branch
    }

    /// How the audit log describes saving `draft` over `existing`: before and after.
    static func auditSummary(_ draft: BranchDraft, replacing existing: Branch?) -> String {
        let after =
            "code=\(draft.code) ar=\(draft.nameArabic) en=\(draft.nameEnglish) city=\(draft.city) active=\(draft.isActive)"
        return existing.map {
            "before: code=\($0.code) ar=\($0.nameArabic) en=\($0.nameEnglish) city=\($0.city) active=\($0.isActive) | after: "
                + after
        } ?? after
    }
}
