import Foundation

/// An invitation to a survey, as the survey page and the figures need it.
public struct SurveyInvitation: Sendable, Equatable, Identifiable {
    /// Its identifier.
    public var id: UUID
    /// What it follows.
    public var scope: SurveyScope
    /// "request" or "inquiry".
    public var subjectKind: String
    /// The request or inquiry.
    public var subjectID: UUID
    /// Who is asked.
    public var beneficiaryID: UUID
    /// The branch that served.
    public var branchID: UUID?
    /// The channel the request or inquiry came by.
    public var channel: String
    /// The staff member who served (for their own figures only).
    public var staffID: UUID?
    /// When it was sent.
    public var createdAt: Date
    /// When the link stops working.
    public var expiresAt: Date
    /// When it was answered.
    public var answeredAt: Date?

    /// A value from its parts.
    public init(
        id: UUID,
        scope: SurveyScope,
        subjectKind: String,
        subjectID: UUID,
        beneficiaryID: UUID,
        branchID: UUID?,
        channel: String,
        staffID: UUID?,
        createdAt: Date,
        expiresAt: Date,
        answeredAt: Date?
    ) {
        self.id = id
        self.scope = scope
        self.subjectKind = subjectKind
        self.subjectID = subjectID
        self.beneficiaryID = beneficiaryID
        self.branchID = branchID
        self.channel = channel
        self.staffID = staffID
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.answeredAt = answeredAt
    }
}
