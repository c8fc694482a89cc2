import Foundation

/// The four-part Arabic name, as Saudi documents write it.
public struct PersonName: Sendable, Equatable, Codable {
    /// The given name.
    public var first: String
    /// The father's name.
    public var father: String
    /// The grandfather's name.
    public var grandfather: String
    /// The family name.
    public var family: String

    /// Creates a name.
    public init(first: String, father: String, grandfather: String, family: String) {
        self.first = first
        self.father = father
        self.grandfather = grandfather
        self.family = family
    }

    /// The parts joined, skipping empty ones.
    public var full: String {
        [first, father, grandfather, family].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
