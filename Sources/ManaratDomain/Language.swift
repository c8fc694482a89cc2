import Foundation

/// An interface language. Arabic is the default; English is the second locale.
public enum Language: String, CaseIterable, Codable, Sendable {
    case arabic = "ar"
    case english = "en"

    /// Whether text in this language runs right to left.
    public var isRightToLeft: Bool { self == .arabic }
}
