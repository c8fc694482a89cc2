import Foundation

/// A needs assessment's outcome as a report keeps it: the total and its priority.
public struct NeedsScoreSummary: Sendable, Equatable {
    /// The overall need, 0...100.
    public var total: Int
    /// The priority the total falls into.
    public var level: PriorityLevel

    /// Creates a summary.
    public init(total: Int, level: PriorityLevel) {
        self.total = total
        self.level = level
    }
}
