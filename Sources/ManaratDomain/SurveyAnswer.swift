import Foundation

/// A filled-in survey, before it is stored.
public struct SurveyAnswer: Sendable, Equatable {
    /// The overall rating, 1 to 5.
    public var rating: Int
    /// One 1–5 answer per question, or nil where skipped.
    public var answers: [Int?]
    /// A free comment.
    public var comment: String

    /// Creates an answer.
    public init(rating: Int, answers: [Int?], comment: String) {
        self.rating = rating
        self.answers = answers
        self.comment = comment
    }
}
