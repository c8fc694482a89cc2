import Foundation

/// Why a save was refused.
public enum RegistryConflict: Error, Equatable, Sendable {
    /// Another record already has this identity number.
    case identityTaken(existingID: UUID)
    /// The record changed since the form was opened.
    case changedBySomeoneElse
}
