import Foundation

/// The raw figures the management dashboard aggregates, for a time range and optionally a branch.
public struct DashboardData: Sendable {
    /// Requests created in the range: their status, submission day, expected day and decision time.
    public var requests:
        [(status: RequestStatus, submittedOn: GregorianDay?, expectedOn: GregorianDay?, decidedAt: Date?)]
    /// Open requests past their expected day today, whatever their creation date.
    public var overdueNow: Int
    /// Contacts in the range, by channel.
    public var contactsByChannel: [ContactChannel: Int]
    /// Complaints and suggestions in the range: kind, whether closed, and days to close.
    public var feedback: [(kind: FeedbackKind, closedInDays: Int?)]
    /// Ratings in the range (survey answers, and ratings given in the portal for services and answered inquiries): score and month.
    public var ratings: [(score: Int, at: Date)]

    /// A value from its parts.
    public init(
        requests: [(status: RequestStatus, submittedOn: GregorianDay?, expectedOn: GregorianDay?, decidedAt: Date?)],
        overdueNow: Int,
        contactsByChannel: [ContactChannel: Int],
        feedback: [(kind: FeedbackKind, closedInDays: Int?)],
        ratings: [(score: Int, at: Date)]
    ) {
        self.requests = requests
        self.overdueNow = overdueNow
        self.contactsByChannel = contactsByChannel
        self.feedback = feedback
        self.ratings = ratings
    }
}
