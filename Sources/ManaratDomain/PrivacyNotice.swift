import Foundation

/// The privacy notice a beneficiary consents to before their data is saved.
public enum PrivacyNotice {
    /// The version in force; each consent records the version it was given to.
    public static let currentVersion = "2026.1"
}
