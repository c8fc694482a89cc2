import Foundation

/// The outcome of a needs assessment.
public struct NeedsScore: Sendable, Equatable {
    /// The overall need, 0...100.
    public var total: Int
    /// The priority the total falls into.
    public var level: PriorityLevel
    /// The points each part earned, out of that part's weight; every part is present.
    public var parts: [Part: Int]

    /// One part of the assessment.
    public enum Part: String, CaseIterable, Sendable, Hashable {
        /// Income per household member after rent.
        case income
        /// The kind of housing.
        case housing
        /// Chronic illness and disability.
        case health
        /// Children and elderly members.
        case dependants
        /// Debts compared with a year's income.
        case debts
    }

    /// Creates a score.
    public init(total: Int, level: PriorityLevel, parts: [Part: Int]) {
        self.total = total
        self.level = level
        self.parts = parts
    }
}
