import Foundation
import ManaratDomain

extension ArticlePage {
    /// Who the page is for.
    enum Audience: Sendable, Equatable {
        /// Anyone, on the public FAQ: `helpful` is how many found it so; `justVoted` thanks the
        /// visitor who has just answered.
        case visitors(helpful: Int, justVoted: Bool)
        /// Staff on the desk: `mayEdit` adds the link to edit it.
        case staff(mayEdit: Bool)

        /// Whether the reader is a member of staff (who sees staff-only articles marked as such).
        var isStaff: Bool {
            if case .staff = self { return true }
            return false
        }
    }

    /// What the page shows.
    struct Model: Sendable, Equatable {
        var article: Article
        var audience: Audience
    }
}
