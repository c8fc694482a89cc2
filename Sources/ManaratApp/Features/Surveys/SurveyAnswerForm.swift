import Foundation
import ManaratDomain
import Vapor

/// A survey as a beneficiary filled it in: the overall 1–5 rating, one 1–5 answer per question
/// (`q0`, `q1`…), and a free comment.
struct SurveyAnswerForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case rating, q0, q1, q2, q3, q4, comment

        /// The field of question `index` (from 0); nil past the last question a survey may ask.
        static func question(_ index: Int) -> Field? {
            Field(rawValue: "q\(index)")
        }
    }

    /// The longest comment accepted.
    static let longestComment = 1000

    var rating: String?
    var q0: String?
    var q1: String?
    var q2: String?
    var q3: String?
    var q4: String?
    var comment: String?

    /// The form before anything is chosen.
    static let blank = SurveyAnswerForm()

    /// What was sent in `field`.
    func value(_ field: Field) -> String? {
        switch field {
        case .rating: return rating
        case .q0: return q0
        case .q1: return q1
        case .q2: return q2
        case .q3: return q3
        case .q4: return q4
        case .comment: return comment
        }
    }

    /// The number chosen in `field`, in Arabic-Indic or Latin digits.
    func score(_ field: Field) -> Int? {
        value(field).map(Digits.latinized).flatMap { Int($0) }
    }

    /// The comment without its surrounding blanks and line breaks.
    var typedComment: String {
        (comment ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The answer to a survey of `questionCount` questions, or what is wrong with it (one problem,
    /// the first `SurveyRules.validate` finds).
    func parsed(questionCount: Int) -> Result<SurveyAnswer, SurveyFormProblems> {
        let answer = SurveyAnswer(
            rating: score(.rating) ?? 0,
            answers: (0..<max(questionCount, 0)).map { index in Field.question(index).flatMap { score($0) } },
            comment: typedComment)
        switch SurveyRules.validate(answer, questionCount: questionCount) {
        case nil: return .success(answer)
        case .commentTooLong: return .failure(SurveyFormProblems(problems: [.commentTooLong]))
        case .answerOutOfRange: return .failure(SurveyFormProblems(problems: [.answerOutOfRange]))
        default: return .failure(SurveyFormProblems(problems: [.ratingMissing]))
        }
    }
}
