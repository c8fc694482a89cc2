import Foundation

/// Why typed text is not a Saudi mobile number.
public enum PhoneProblem: Error, Equatable, Sendable {
    /// Nothing but spaces was typed.
    case empty
    /// The text is not a Saudi mobile number in any accepted shape.
    case notASaudiMobile
}
