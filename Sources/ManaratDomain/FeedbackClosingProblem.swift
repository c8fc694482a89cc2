import Foundation

/// Why a complaint or suggestion cannot be closed yet.
public enum FeedbackClosingProblem: Error, Equatable, Sendable {
    /// No response was written to the person.
    case responseMissing
    /// Neither an improvement action nor the reason for none was recorded.
    case improvementOrReasonMissing
}
