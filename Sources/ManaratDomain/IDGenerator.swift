import Foundation

/// The source of new identifiers, injected so tests can pin them.
public struct IDGenerator: Sendable {
    /// Returns a fresh identifier.
    public var next: @Sendable () -> UUID

    /// Creates a generator from a closure.
    public init(next: @escaping @Sendable () -> UUID) {
        self.next = next
    }

    /// Random version-4 UUIDs.
    public static let random = IDGenerator(next: { UUID() })
}
