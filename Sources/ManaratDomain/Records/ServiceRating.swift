import Foundation

/// A beneficiary's rating of a delivered service.
public struct ServiceRating: Sendable, Equatable {
    /// 1 to 5.
    public var score: Int
    /// Free comment.
    public var comment: String
    /// When.
    public var createdAt: Date

    /// A value from its parts.
    public init(
        score: Int,
        comment: String,
        createdAt: Date
    ) {
        self.score = score
        self.comment = comment
        self.createdAt = createdAt
    }
}
