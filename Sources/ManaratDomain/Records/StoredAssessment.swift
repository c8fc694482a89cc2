import Foundation

/// A needs assessment as kept: its inputs, the weights in force, the score, who and when.
public struct StoredAssessment: Sendable, Equatable {
    /// The factors assessed.
    public var factors: NeedsFactors
    /// The weights used.
    public var weights: NeedsWeights
    /// The total score, 0…100.
    public var total: Int
    /// The priority level.
    public var level: PriorityLevel
    /// Who assessed.
    public var assessedByName: String
    /// When.
    public var assessedAt: Date

    /// A value from its parts.
    public init(
        factors: NeedsFactors,
        weights: NeedsWeights,
        total: Int,
        level: PriorityLevel,
        assessedByName: String,
        assessedAt: Date
    ) {
        self.factors = factors
        self.weights = weights
        self.total = total
        self.level = level
        self.assessedByName = assessedByName
        self.assessedAt = assessedAt
    }
}
