import ManaratDomain

/// How a beneficiary chose to be reached.
struct NotificationChoice: Sendable, Equatable {
    /// The channel; `.portal` for the inbox alone.
    var channel: NotificationChannel
    /// An e-mail address, if given.
    var email: String
    /// Whether they asked for no messages beyond the inbox.
    var optedOut: Bool
}
