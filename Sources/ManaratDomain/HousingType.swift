import Foundation

/// How a household is housed.
///
/// The raw values are stored in the database and never renamed.
public enum HousingType: String, CaseIterable, Codable, Sendable {
    /// The family owns its home (ملك).
    case owned
    /// The family pays rent (إيجار).
    case rented
    /// Housing provided by a charity (سكن خيري).
    case charityHousing
    /// Any other arrangement, such as living with relatives.
    case other
}
