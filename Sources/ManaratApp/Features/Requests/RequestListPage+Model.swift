import Foundation
import ManaratDomain

extension RequestListPage {
    /// What the list shows.
    struct Model: Sendable, Equatable {
        var view: String
        /// The words searched for; empty when the list is not a search.
        var query: String
        var rows: [RequestListItem]
        var page: Int
        var previousPath: String?
        var nextPath: String?
    }
}
