import Foundation

/// How urgently a household needs help.
///
/// The raw values are stored in the database and never renamed.
public enum PriorityLevel: String, CaseIterable, Codable, Sendable, Comparable {
    /// Total below 25.
    case low
    /// Total from 25.
    case medium
    /// Total from 50.
    case high
    /// Total from 75.
    case critical

    /// Orders levels from least to most urgent.
    public static func < (lhs: PriorityLevel, rhs: PriorityLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
