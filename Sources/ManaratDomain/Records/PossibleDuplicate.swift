import Foundation

/// A registered beneficiary who might be the same person as the one being registered or read.
public struct PossibleDuplicate: Sendable, Equatable {
    /// Who they are.
    public var summary: BeneficiarySummary
    /// How alike the two are, and why.
    public var match: DuplicateMatch

    /// Creates a candidate.
    public init(summary: BeneficiarySummary, match: DuplicateMatch) {
        self.summary = summary
        self.match = match
    }
}
