import Foundation
import ManaratDomain
import ManaratPersistence

extension AssessmentPage.Model {
    /// The page for `beneficiary` holding `form`, with the threshold from `store`'s weights.
    static func query(
        _ store: any AssessmentStore, beneficiary: Beneficiary, form: NeedsForm, problems: [NeedsProblem] = []
    ) async throws -> Self {
        let weights = try await store.weights()
        return Self(
            beneficiaryID: beneficiary.id, beneficiaryName: beneficiary.name.full,
            threshold: Money(halalas: NSDecimalNumber(decimal: weights.incomeThresholdPerMember * 100).intValue),
            form: form, problems: problems)
    }
}
