import Foundation

/// A possible duplicate found by `DuplicateCheck.match`, for staff to review.
public struct DuplicateMatch: Sendable, Equatable {
    /// How sure the check is, 0...100.
    public var score: Int
    /// The evidence behind the match.
    public var reasons: Set<Reason>

    /// One piece of evidence that two records describe the same person.
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        /// The names are spelled alike.
        case similarName
        /// Both records carry the same birth date.
        case sameBirthDate
        /// The records share at least one mobile number.
        case samePhone
    }

    /// Creates a match.
    public init(score: Int, reasons: Set<Reason>) {
        self.score = score
        self.reasons = reasons
    }
}
