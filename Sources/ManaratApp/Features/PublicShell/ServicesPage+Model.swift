extension ServicesPage {
    /// What the services page shows.
    struct Model: Sendable, Equatable {
        /// The active services, in the settings' order.
        var services: [Service]
    }
}
