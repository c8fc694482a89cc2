import Foundation

/// The limits portal sign-in holds to.
struct PortalSignInLimits: Sendable, Equatable {
    /// How long a code works.
    var codeLifetime: TimeInterval = 5 * 60
    /// Wrong codes an identity may enter before it is locked for `window`.
    var maxTries = 5
    /// The window every portal counter counts in.
    var window: TimeInterval = 15 * 60
    /// Codes one identity may ask for per window.
    var sendsPerIdentity = 3
    /// Codes one address may ask for per window.
    var sendsPerAddress = 10
    /// Codes one address may try per window.
    var verificationsPerAddress = 60

    /// The limits the portal ships with.
    static let standard = PortalSignInLimits()
}
