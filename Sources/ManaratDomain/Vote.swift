import Foundation

/// A research committee member's vote (التصويت).
///
/// The raw values are stored in the minutes and never renamed.
public enum Vote: String, CaseIterable, Codable, Sendable {
    /// Approve (موافقة).
    case approve
    /// Reject (رفض).
    case reject
    /// Defer (تأجيل); spelled with an underscore because `defer` is a keyword.
    case defer_ = "defer"
}
