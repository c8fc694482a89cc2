import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

extension BeneficiaryEditor.Model {
    /// The editor for file `id` (nil for a registration) showing `form`, with the lists it offers.
    static func query(
        _ database: any Database, id: UUID?, form: BeneficiaryForm, problems: [BeneficiaryProblem] = [],
        duplicates: [PossibleDuplicate] = [], mayEditSensitive: Bool
    ) async throws -> Self {
        let (categories, branches) = try await lists(database)
        return Self(
            id: id, form: form,
            categories: categories.filter {
                $0.isActive || (form.categories ?? []).contains($0.id.uuidString.lowercased())
            }, branches: branches, problems: problems, duplicates: duplicates, mayEditSensitive: mayEditSensitive)
    }

    /// Every category and branch, which a form's choices are checked against.
    static func lists(_ database: any Database) async throws -> ([BeneficiaryCategory], [Branch]) {
        (try await CategoryRepository(database: database).all(), try await BranchRepository(database: database).all())
    }
}
