import ManaratDomain

/// A request's data, read and checked against its type.
struct RequestData: Sendable, Equatable {
    /// The type's own fields, trimmed, by key.
    var values: [String: String]
    var details: String
    var amount: Money
    /// How the request came in, at the desk.
    var channel: ContactChannel
}
