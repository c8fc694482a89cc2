import Foundation

/// The fields of an article form that are missing or too long, in the form's order.
struct ArticleFormProblems: Error, Equatable, Sendable {
    let fields: [ArticleForm.Field]
}
