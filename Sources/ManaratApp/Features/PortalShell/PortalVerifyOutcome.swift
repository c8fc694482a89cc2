import Foundation

/// What entering a code came to.
enum PortalVerifyOutcome: Equatable, Sendable {
    /// Signed in to the file `beneficiaryID`.
    case signedIn(beneficiaryID: UUID)
    /// The cookie names no code: start again.
    case noSuchCode
    /// The address tried too many codes.
    case rateLimited
    /// The identity entered too many wrong codes.
    case locked
    /// The code's five minutes are over.
    case expired
    /// Wrong, with `left` tries before the lock.
    case wrong(left: Int)
}
