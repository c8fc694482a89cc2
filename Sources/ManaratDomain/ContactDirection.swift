import Foundation

/// Who started a contact.
public enum ContactDirection: String, CaseIterable, Codable, Sendable {
    /// The beneficiary contacted the association.
    case incoming
    /// The association contacted the beneficiary.
    case outgoing
}
