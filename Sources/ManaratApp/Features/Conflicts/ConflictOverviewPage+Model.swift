import Foundation
import ManaratDomain

extension ConflictOverviewPage {
    /// What the overview shows.
    struct Model: Sendable, Equatable {
        /// The latest recusals, newest first.
        var recusals: [RecusalRecord]
        /// Every active declaration.
        var declarations: [DeclarationRecord]
        /// Each recused request's reference.
        var references: [UUID: String]
        /// Each staff member's name.
        var staffNames: [UUID: String]
    }
}
