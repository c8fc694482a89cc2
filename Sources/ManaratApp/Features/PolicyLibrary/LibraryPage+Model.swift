import Foundation
import ManaratDomain

extension LibraryPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The version in force of each document that has one.
        var current: [PolicyVersion]
        /// The versions in force the reader has not acknowledged.
        var unread: Set<UUID>
        /// Whether the reader may publish.
        var isAdmin: Bool
    }
}
