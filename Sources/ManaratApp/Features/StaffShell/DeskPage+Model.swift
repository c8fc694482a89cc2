import ManaratDomain

extension DeskPage {
    /// What the desk shows one member of staff.
    struct Model: Sendable, Equatable {
        /// Their name, for the greeting.
        var displayName: String
        /// Their roles, sorted.
        var roles: [Role]
        /// Their branch's name in the interface's language; nil for staff of every branch.
        var branchName: String?
        /// The areas their roles open, in order.
        var areas: [DeskArea]
        /// Follow-ups due today or earlier, at most ten.
        var dueFollowUps: [DueFollowUp]
        /// How many more follow-ups are due beyond those shown.
        var moreFollowUps: Int
        /// Requests past their response date.
        var overdueRequests: [RequestSummary]
        /// Requests due within three working days.
        var dueSoonRequests: [RequestSummary]
        /// Policy versions they have not acknowledged.
        var unreadPolicies: Int
        /// Questions referred to them (researchers).
        var referredQuestions: [DueFollowUp]
        /// Identities of their branch's beneficiaries expiring within 30 days.
        var expiringIdentities: [ExpiringIdentity]
        /// Their latest inbox notices.
        var notices: [OutboxEntry]
    }
}
