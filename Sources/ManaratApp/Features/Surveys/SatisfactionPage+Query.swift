import Foundation
import ManaratDomain
import ManaratPersistence

extension SatisfactionPage.Model {
    /// The invitations of `range`, its days taken in `timeZone`, and the branches, from `store`.
    static func query(_ store: any SurveyStore, range: SatisfactionRange, timeZone: TimeZone) async throws -> Self {
        let (start, end) = range.instants(in: timeZone)
        let outcomes = try await store.outcomes(from: start, until: end, branchID: range.branchID, staffID: nil)
        return Self(range: range, branches: try await store.branches(), outcomes: outcomes)
    }
}
