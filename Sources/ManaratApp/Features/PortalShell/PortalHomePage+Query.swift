import Fluent
import ManaratDomain
import ManaratPersistence

extension PortalHomePage.Model {
    /// `beneficiary`'s home on `today`.
    static func query(on database: any Database, beneficiary: Beneficiary, today: GregorianDay) async throws -> Self {
        let rows = try await RequestRepository(database: database).list(
            RequestFilter(beneficiaryID: beneficiary.id), page: 1, perPage: 50
        ).rows
        let types = Dictionary(
            uniqueKeysWithValues: try await RequestTypeRepository(database: database).types().map { ($0.id, $0) })
        var requests: [PortalHomePage.Request] = []
        for row in rows {
            var missing = 0
            if [.draft, .incomplete].contains(row.request.status),
                let file = try await RequestFileRepository(database: database).file(id: row.request.id)
            {
                missing = RequestWorkflow.problems(file, today: today).count
            }
            requests.append(.init(summary: row, type: types[row.request.typeID], missing: missing))
        }
        let outbox = OutboxRepository(database: database)
        return Self(
            firstName: beneficiary.name.first, requests: requests,
            inquiries: try await InquiryRepository(database: database).list(
                beneficiaryID: beneficiary.id, openOnly: false, limit: 20),
            feedback: try await FeedbackRepository(database: database).list(
                beneficiaryID: beneficiary.id, openOnly: false, limit: 20),
            messages: try await outbox.inbox(beneficiaryID: beneficiary.id, limit: 3),
            unread: try await outbox.unreadCount(beneficiaryID: beneficiary.id))
    }
}
