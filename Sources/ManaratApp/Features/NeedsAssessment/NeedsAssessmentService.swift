import Foundation
import ManaratDomain
import ManaratPersistence

/// Scoring and recording needs assessments, and setting their weights, given the store and the
/// clock, and with each call the assessor; it holds no request.
struct NeedsAssessmentService: Sendable {
    let store: any AssessmentStore
    let clock: WallClock

    /// Scores `factors` with the weights in force and records the assessment of `beneficiaryID`
    /// by `assessor`; returns the score.
    @discardableResult
    func assess(_ factors: NeedsFactors, of beneficiaryID: UUID, by assessor: StaffMember?) async throws -> NeedsScore {
        let weights = try await store.weights()
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
