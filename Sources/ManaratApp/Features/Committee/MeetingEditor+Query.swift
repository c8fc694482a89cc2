import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

extension MeetingEditor.Model {
    /// The editor showing `form`, with the committee and its queue.
    static func query(_ database: any Database, form: MeetingForm, problems: [CommitteeProblem] = []) async throws
        -> Self
    {
        Self(
            form: form, committee: try await CommitteeStoreRepository(database: database).committeeMembers(),
            queue: try await RequestRepository(database: database).list(
                RequestFilter(statuses: [.atCommittee], byDueDay: true), page: 1, perPage: 500
            ).rows, problems: problems)
    }
}
