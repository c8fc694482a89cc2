import Foundation
import ManaratDomain
import ManaratPersistence

/// Scoring and recording needs assessments, and setting their weights, given the store and the
/// clock, and with each call the assessor; it holds no request.
struct NeedsAssessmentService: Sendable {
    let store: any AssessmentStore
    let clock: WallClock

    /// Scores `factors` with `weights` (the ones in force when nil) and records the assessment of
    /// `beneficiaryID` by `assessor`; returns the score. A caller that already read the weights
    /// passes them, so the score it shows and the one recorded use the same weights.
    @discardableResult
    func assess(
        _ factors: NeedsFactors, of beneficiaryID: UUID, by assessor: StaffMember?, weights: NeedsWeights? = nil
    ) async throws -> NeedsScore {
        let weights: NeedsWeights = if let weights { weights } else { try await store.weights() }
        let score = NeedsAssessment.score(factors, weights: weights)
        try await store.add(
            beneficiaryID: beneficiaryID, factors: factors, weights: weights, score: score, assessedBy: assessor?.id,
            assessedByName: assessor?.displayName ?? "", at: clock.now())
        return score
    }

    /// Sets the weights for new assessments.
    func setWeights(_ weights: NeedsWeights) async throws {
        try await store.setWeights(weights)
    }

    /// How the audit log describes a set of weights.
    static func describe(_ weights: NeedsWeights) -> String {
        "threshold=\(weights.incomeThresholdPerMember) income=\(weights.income) housing=\(weights.housing) health=\(weights.health) dependants=\(weights.dependants) debts=\(weights.debts)"
    }
}
