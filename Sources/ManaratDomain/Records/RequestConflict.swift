import Foundation

/// Why a request save was refused.
public enum RequestConflict: Error, Equatable, Sendable {
    /// Someone changed the request since it was read.
    case changedBySomeoneElse
}
