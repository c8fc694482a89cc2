import Foundation

/// Why a household change was refused.
public enum HouseholdConflict: Error, Equatable, Sendable {
    /// The person is already in another active household.
    case alreadyInAnotherHousehold(headID: UUID)
}
