import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

extension NeedsForm {
    /// The form filled from the household `beneficiaryID` heads, as recorded on `today`.
    static func query(on database: any Database, beneficiaryID: UUID, today: GregorianDay) async throws -> Self {
        NeedsForm(
            household: try await HouseholdRepository(database: database).household(headedBy: beneficiaryID),
            today: today)
    }
}
