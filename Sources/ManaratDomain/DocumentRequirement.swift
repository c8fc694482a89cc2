import Foundation

/// A document a request type asks for.
public struct DocumentRequirement: Sendable, Equatable, Codable {
    /// The kind of document.
    public var kind: DocumentKind
    /// Whether the copy must be in force on the submission day; documents
    /// without an expiry, such as a research photo, only need to be present.
    public var mustBeValidAtSubmission: Bool

    /// Creates a requirement.
    public init(kind: DocumentKind, mustBeValidAtSubmission: Bool) {
        self.kind = kind
        self.mustBeValidAtSubmission = mustBeValidAtSubmission
    }
}
