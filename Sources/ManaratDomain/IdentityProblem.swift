import Foundation

/// Why typed text is not a valid identity number.
public enum IdentityProblem: Error, Equatable, Sendable {
    /// Nothing but spaces was typed.
    case empty
    /// The number has the wrong number of characters; for the types with a
    /// range of lengths this is the shortest length accepted.
    case wrongLength(expected: Int)
    /// The first digit does not belong to this type of document.
    case mustStartWith(Character)
    /// Something other than a digit was typed where only digits are allowed.
    case notDigits
    /// The check digit does not match, which almost always means a typing mistake.
    case checksumFailed
    /// A passport number holds something other than ASCII letters and digits.
    case invalidCharacters
    /// The number is longer than this type allows.
    case tooLong(maximum: Int)
}
