import Foundation

/// One question beyond the overall rating, answered 1 to 5.
public struct SurveyQuestion: Sendable, Equatable, Codable {
    /// The question in Arabic.
    public var arabic: String
    /// The question in English.
    public var english: String

    /// Creates a question.
    public init(arabic: String, english: String) {
        self.arabic = arabic
        self.english = english
    }
}
