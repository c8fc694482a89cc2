import Foundation
import ManaratDomain

extension RequestEditPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The request edited.
        var file: RequestFile
        /// The form as it stands; its version is the one the form was read at, and a save from an
        /// older one is refused.
        var form: RequestDataForm
        /// Why the last post was refused.
        var problems: [RequestProblem]
    }
}
