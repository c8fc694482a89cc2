import Foundation

/// The rules of a survey invitation and its answer.
public enum SurveyRules {
    /// How long a survey link stays valid.
    public static let validity: TimeInterval = 14 * 86_400
    /// When an unanswered invitation is reminded once.
    public static let reminderAfter: TimeInterval = 3 * 86_400

    /// Whether an invitation can still be answered at `now`.
    public static func check(expiresAt: Date, answeredAt: Date?, now: Date) -> SurveyProblem? {
        if answeredAt != nil { return .alreadyAnswered }
        if now >= expiresAt { return .expired }
        return nil
    }

    /// Checks an answer for a survey with `questionCount` questions.
    public static func validate(_ answer: SurveyAnswer, questionCount: Int) -> SurveyProblem? {
        guard (1...5).contains(answer.rating) else { return .ratingMissing }
        guard answer.answers.count <= questionCount,
            answer.answers.allSatisfy({ $0.map { (1...5).contains($0) } ?? true })
        else { return .answerOutOfRange }
        guard answer.comment.count <= 1000 else { return .commentTooLong }
        return nil
    }
}
