import Foundation
import ManaratDomain
import ManaratPersistence

/// `AssessmentStore` in memory, for service tests that need no database.
public actor InMemoryAssessmentStore: AssessmentStore {
    /// An assessment as recorded.
    public struct Recorded: Sendable, Equatable {
        /// Whose assessment it is.
        public var beneficiaryID: UUID
        public var weights: NeedsWeights
        public var score: NeedsScore
        public var assessedByName: String

        /// An assessment from its parts.
        public init(beneficiaryID: UUID, weights: NeedsWeights, score: NeedsScore, assessedByName: String) {
            self.beneficiaryID = beneficiaryID
            self.weights = weights
            self.score = score
            self.assessedByName = assessedByName
        }
    }

    private var current: NeedsWeights
    /// The assessments recorded, oldest first.
    public private(set) var recorded: [Recorded] = []

    /// A store whose weights are `weights`.
    public init(weights: NeedsWeights) {
        current = weights
    }

    public func weights() async throws -> NeedsWeights { current }

    public func setWeights(_ weights: NeedsWeights) async throws { current = weights }

    public func add(
        beneficiaryID: UUID, factors: NeedsFactors, weights: NeedsWeights, score: NeedsScore, assessedBy: UUID?,
        assessedByName: String, at now: Date
    ) async throws {
        recorded.append(
            Recorded(beneficiaryID: beneficiaryID, weights: weights, score: score, assessedByName: assessedByName))
    }
}
