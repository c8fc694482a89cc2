import Foundation

/// What one kind of record came to in a retention run.
public struct RetentionOutcome: Sendable, Equatable {
    /// The kind of record.
    public var kind: RetentionKind
    /// Records past their period that were anonymized or deleted (or would be, in a dry run).
    public var applied: Int
    /// Records past their period kept because their beneficiary is on legal hold.
    public var keptForLegalHold: Int
    /// Records past their period kept because an open case of the same beneficiary still needs them.
    public var keptForOpenCase: Int

    /// Creates an outcome.
    public init(kind: RetentionKind, applied: Int, keptForLegalHold: Int, keptForOpenCase: Int) {
        self.kind = kind
        self.applied = applied
        self.keptForLegalHold = keptForLegalHold
        self.keptForOpenCase = keptForOpenCase
    }
}
