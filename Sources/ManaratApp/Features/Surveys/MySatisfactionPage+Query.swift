import Foundation
import ManaratDomain
import ManaratPersistence

extension MySatisfactionPage.Model {
    /// The invitations `staffID` served in `range`, its days taken in `timeZone` (its branch is
    /// not a filter here), from `store`.
    static func query(_ store: any SurveyStore, staffID: UUID, range: SatisfactionRange, timeZone: TimeZone)
        async throws -> Self
    {
        let (start, end) = range.instants(in: timeZone)
        return Self(outcomes: try await store.outcomes(from: start, until: end, branchID: nil, staffID: staffID))
    }
}
