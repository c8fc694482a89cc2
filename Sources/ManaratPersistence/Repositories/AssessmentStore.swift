import Foundation
import ManaratDomain

/// Needs assessments and their weights. `AssessmentRepository` keeps them in the database;
/// service tests keep them in memory.
public protocol AssessmentStore: Sendable {
    /// The weights new assessments use.
    func weights() async throws -> NeedsWeights
    /// Sets the weights for new assessments; earlier ones keep theirs.
    func setWeights(_ weights: NeedsWeights) async throws
    /// Records an assessment with the weights it was made with.
    func add(
        beneficiaryID: UUID, factors: NeedsFactors, weights: NeedsWeights, score: NeedsScore, assessedBy: UUID?,
        assessedByName: String, at now: Date) async throws
}
