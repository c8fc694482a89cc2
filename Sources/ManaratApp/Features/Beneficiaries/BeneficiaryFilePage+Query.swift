import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

extension BeneficiaryFilePage.Model {
    /// `beneficiary`'s file as `staff` may read it, in `language`.
    static func query(
        _ database: any Database, beneficiary: Beneficiary, staff: StaffMember?, language: Language, saved: Bool
    ) async throws -> Self {
        let categories = try await CategoryRepository(database: database).all()
        let branches = try await BranchRepository(database: database).all()
        let households = HouseholdRepository(database: database)
        let registry = BeneficiaryRepository(database: database)
        let contacts = try await ContactRepository(database: database).contacts(of: .beneficiary, id: beneficiary.id)
        let decided = Set(try await registry.duplicateDecisions(of: beneficiary.id).map(\.otherID))
        let duplicates = try await registry.duplicates(
            of: beneficiary.fingerprint,
            excluding: beneficiary.id
        ).filter { !decided.contains($0.summary.id) }
        let everyone = try await StaffRepository(database: database).all()
        let staffNames = Dictionary(uniqueKeysWithValues: everyone.map { ($0.id, $0.displayName) })
        let requests = try await RequestRepository(database: database).list(
            RequestFilter(beneficiaryID: beneficiary.id), page: 1, perPage: 50
        ).rows
        let typeNames = Dictionary(
            uniqueKeysWithValues: try await RequestTypeRepository(database: database).types().map {
                ($0.id, $0.name(in: language))
            })
        return Self(
            beneficiary: beneficiary, categories: categories.filter { beneficiary.categoryIDs.contains($0.id) },
            branchName: branches.first { $0.id == beneficiary.branchID }?.name(in: language),
            household: try await households.household(headedBy: beneficiary.id),
            memberOfHouseholdHeadedBy: try await households.householdHead(containingMember: beneficiary.id),
            assessments: try await AssessmentRepository(database: database).history(of: beneficiary.id),
            contacts: contacts.map { contact in
                let branch = contact.branchID.flatMap { id in branches.first { $0.id == id }?.name(in: language) }
                return ContactLine(
                    contact: contact,
                    recordedBy: [contact.staffID.flatMap { staffNames[$0] }, branch].compactMap { $0 }
                        .joined(separator: " — "))
            },
            consent: try await registry.consent(of: beneficiary.id), duplicates: duplicates,
            mayReadSensitive: SensitiveData.mayRead(staff?.roles ?? []),
            mayEdit: Access.staff(BeneficiaryRoutes.editors).admits(staff),
            mayRecordContacts: Access.staff(ContactRoutes.recorders).admits(staff), saved: saved, requests: requests,
            requestTypeNames: typeNames, mayCreateRequest: Access.staff(RequestRoutes.intake).admits(staff),
            researchers: everyone.filter { $0.isActive && $0.roles.contains(.researcher) },
            proposals: try await HouseholdProposalRepository(database: database).proposals(of: beneficiary.id),
            history: try await history(database, beneficiary: beneficiary, contacts: contacts, requests: requests),
            branches: branches)
    }

    /// Everything that happened with a beneficiary, newest first: contacts, every step of their
    /// requests, services delivered and the messages sent to them (the portal inbox copy aside).
    static func history(
        _ database: any Database, beneficiary: Beneficiary, contacts: [Contact], requests: [RequestSummary]
    ) async throws -> [BeneficiaryFilePage.HistoryItem] {
        var items = contacts.map {
            BeneficiaryFilePage.HistoryItem(
                at: $0.occurredAt, kind: .contact($0.channel, $0.direction), detail: $0.summary, link: nil)
        }
        for row in requests {
            let link = StaffURL.request(row.request.id).path
            for event in try await RequestTimelineRepository(database: database).events(of: row.request.id) {
                items.append(
                    .init(
                        at: event.occurredAt,
                        kind: .requestStep(reference: row.request.reference, status: event.toStatus),
                        detail: event.note, link: link))
            }
            for delivery in try await DeliveryRepository(database: database).deliveries(of: row.request.id) {
                guard let deliveredAt = delivery.deliveredAt else { continue }
                items.append(
                    .init(
                        at: deliveredAt,
                        kind: .delivery(
                            reference: row.request.reference, service: delivery.kind, amount: delivery.amount),
                        detail: delivery.acknowledgement, link: link))
            }
        }
        for message in try await OutboxRepository(database: database).messages(toRecipient: beneficiary.id, limit: 100)
        {
            items.append(
                .init(
                    at: message.sentAt ?? message.createdAt,
                    kind: .message(message.channel, message.event, message.status), detail: message.body, link: nil))
        }
        return items.sorted { $0.at > $1.at }
    }
}
