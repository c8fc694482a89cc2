import Foundation
import ManaratDomain

/// The limits sign-in holds to, from the configuration.
struct SignInLimits: Sendable, Equatable {
    /// Failed sign-ins one address may make per `addressWindow`.
    var addressLimit: Int
    /// The window `addressLimit` counts in.
    var addressWindow: TimeInterval
    /// When failures lock an account, and for how long.
    var lockout: LockoutPolicy
}
