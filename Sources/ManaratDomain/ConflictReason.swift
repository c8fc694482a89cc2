import Foundation

/// Why a staff member must recuse themselves (تنحٍّ) from a request.
public enum ConflictReason: Sendable, Equatable {
    /// The request is their own, or its support would reach their own household.
    case ownRequest
    /// The applicant is a declared relative.
    case relativeIsApplicant
    /// A member of the applicant's household is a declared relative.
    case relativeInHousehold
}
