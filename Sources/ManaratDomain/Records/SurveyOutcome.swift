import Foundation

/// One invitation with its rating, if answered: the raw material of aggregate figures.
public struct SurveyOutcome: Sendable, Equatable {
    /// What it followed.
    public var scope: SurveyScope
    /// The branch.
    public var branchID: UUID?
    /// The channel.
    public var channel: String
    /// When it was sent.
    public var createdAt: Date
    /// The overall rating, when answered.
    public var rating: Int?
    /// The comment, when answered (never with who wrote it).
    public var comment: String

    /// A value from its parts.
    public init(
        scope: SurveyScope,
        branchID: UUID?,
        channel: String,
        createdAt: Date,
        rating: Int?,
        comment: String
    ) {
        self.scope = scope
        self.branchID = branchID
        self.channel = channel
        self.createdAt = createdAt
        self.rating = rating
        self.comment = comment
    }
}
