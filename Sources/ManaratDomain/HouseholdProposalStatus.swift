import Foundation

/// Where a household change a beneficiary proposed from the portal stands. The raw value is stored.
public enum HouseholdProposalStatus: String, CaseIterable, Codable, Sendable {
    /// Waiting for an employee's decision.
    case pending
    /// Accepted: the change is made to the household.
    case approved
    /// Refused, with the employee's note.
    case rejected
}
