import ManaratDomain

extension HomePage {
    /// What the front page shows.
    struct Model: Sendable, Equatable {
        /// The channels that reach the association, in the policy's order.
        var channels: [ContactChannel]

        /// The front page as the policy lists the channels.
        static let standard = Model(channels: ContactChannel.allCases)
    }
}
