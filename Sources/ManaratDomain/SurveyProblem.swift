import Foundation

/// Why a survey answer or link is refused.
public enum SurveyProblem: Error, Equatable, Sendable {
    /// The overall rating is missing or outside 1–5.
    case ratingMissing
    /// An answer is outside 1–5.
    case answerOutOfRange
    /// The comment is longer than 1 000 characters.
    case commentTooLong
    /// The invitation was answered already.
    case alreadyAnswered
    /// The invitation is older than its validity.
    case expired
}
