import Foundation

/// Where a beneficiary's data-subject request stands. The raw value is stored.
public enum DataRequestStatus: String, CaseIterable, Codable, Sendable {
    /// Waiting for an answer, within its 30 days (or its extension).
    case open
    /// Answered.
    case answered
}
