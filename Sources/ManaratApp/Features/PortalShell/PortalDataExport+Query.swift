import Fluent
import ManaratDomain
import ManaratPersistence

extension PortalDataExport {
    /// Everything held about `b`, as one structure for the page and the downloads.
    static func query(on db: any Database, beneficiary b: Beneficiary) async throws -> Self {
        let requests = try await RequestRepository(database: db).list(
            RequestFilter(beneficiaryID: b.id), page: 1, perPage: 500
        ).rows.map(\.request)
        var documents: [RequestDocument] = []
        var deliveries: [(String, DeliveryRecord)] = []
        for r in requests {
            documents += try await RequestDocumentRepository(database: db).documents(of: r.id)
            deliveries += try await DeliveryRepository(database: db).deliveries(of: r.id).map { (r.reference, $0) }
        }
        let outbox = OutboxRepository(database: db)
        return PortalDataExport(
            beneficiary: b,
            household: try await HouseholdRepository(database: db).household(headedBy: b.id),
            consent: try await BeneficiaryRepository(database: db).consent(of: b.id),
            requests: requests, documents: documents,
            contacts: try await ContactRepository(database: db).contacts(of: .beneficiary, id: b.id),
            dataRequests: try await PortalRepository(database: db).dataRequests(beneficiaryID: b.id),
            inquiries: try await InquiryRepository(database: db).list(beneficiaryID: b.id, openOnly: false, limit: 500),
            feedback: try await FeedbackRepository(database: db).list(beneficiaryID: b.id, openOnly: false, limit: 500),
            messages: try await outbox.inbox(beneficiaryID: b.id, limit: 1000)
                + (try await outbox.messages(toRecipient: b.id, limit: 1000)),
            deliveries: deliveries)
    }
}
