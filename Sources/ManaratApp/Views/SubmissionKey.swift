import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// The idempotency key a form was submitted with.
enum SubmissionKey {
    /// The hidden field's name.
    static let fieldName = "_submission"

    /// The well-formed key of `request`'s form, if it carries one.
    static func of(_ request: Request) -> String? {
        guard let key = try? request.content.get(String.self, at: fieldName), Submissions.isWellFormed(key) else {
            return nil
        }
        return key
    }

    /// The key as claimed for `action` (see `Request.auditedCreation`).
    static func of(_ request: Request, action: String) -> String? {
        of(request).map { action + ":" + $0 }
    }
}
