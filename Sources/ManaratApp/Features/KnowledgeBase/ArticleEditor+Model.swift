import Foundation
import ManaratDomain

extension ArticleEditor {
    /// An earlier version, as the history lists it.
    struct Version: Sendable, Equatable {
        var version: Int
        var editedBy: String
        var editedAt: Date
    }

    /// What the form shows.
    struct Model: Sendable, Equatable {
        /// The article being edited; nil for a new one.
        var articleID: UUID?
        /// The values in the fields.
        var form: ArticleForm
        /// The fields to correct, after a refused submission.
        var problems: [ArticleForm.Field]
        /// The article's earlier versions, newest first.
        var history: [Version]
    }
}
