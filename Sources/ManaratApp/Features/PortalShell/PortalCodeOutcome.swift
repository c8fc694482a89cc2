import Foundation

/// What asking for a code came to. A code is "issued" whether or not the identity and mobile
/// match a file, so the answer never tells who is a beneficiary.
enum PortalCodeOutcome: Equatable, Sendable {
    /// A code row `id` exists; it was sent only if the mobile is the file's.
    case issued(id: UUID)
    /// The identity entered too many wrong codes and is locked for now.
    case locked
    /// The identity or the address asked for too many codes.
    case tooManyCodes
}
