import Foundation
import ManaratDomain

extension RequestTypeEditor {
    /// What the editor shows.
    struct Model: Sendable, Equatable {
        /// The type edited; nil for a new one.
        var typeID: UUID?
        /// The form as it stands.
        var form: RequestTypeForm
        /// The categories a type may serve.
        var categories: [BeneficiaryCategory]
        /// What was wrong with the last post.
        var problems: [RequestSettingsProblem]
    }
}
