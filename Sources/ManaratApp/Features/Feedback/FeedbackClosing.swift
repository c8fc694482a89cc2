import ManaratDomain

/// A closing as checked: the response to the person, and the improvement taken or why none was.
struct FeedbackClosing: Sendable, Equatable {
    /// The response, trimmed, at most 4 000 characters.
    var response: String
    /// The improvement taken, if one was written.
    var action: ImprovementAction?
    /// Why no improvement was taken; empty when one was.
    var noActionReason: String
}
