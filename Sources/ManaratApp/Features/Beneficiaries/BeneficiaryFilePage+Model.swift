import Foundation
import ManaratDomain

extension BeneficiaryFilePage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        var beneficiary: Beneficiary
        /// The categories the beneficiary is in.
        var categories: [BeneficiaryCategory]
        var branchName: String?
        /// The household they head, if any.
        var household: Household?
        /// The head of the household they are a member of, if any.
        var memberOfHouseholdHeadedBy: UUID?
        /// Their needs assessments, newest first.
        var assessments: [StoredAssessment]
        var contacts: [ContactLine]
        var consent: ConsentRecord?
        /// Who they might also be, not yet decided.
        var duplicates: [PossibleDuplicate]
        /// Whether the viewer may read health conditions and parentage notes.
        var mayReadSensitive: Bool
        /// Whether the viewer may edit the file and its household.
        var mayEdit: Bool
        var mayRecordContacts: Bool
        /// Whether the file was just saved.
        var saved: Bool
        var requests: [RequestSummary]
        /// The request types' names in the viewer's language.
        var requestTypeNames: [UUID: String]
        var mayCreateRequest: Bool
        /// The researchers a contact's question may be referred to.
        var researchers: [StaffMember]
        /// Household changes the beneficiary proposed in the portal.
        var proposals: [HouseholdProposal]
        /// Everything that happened with them, newest first.
        var history: [HistoryItem]
        var branches: [Branch]
    }

    /// One line of the party's whole history: a contact, a step of a request, a service or a message.
    struct HistoryItem: Sendable, Equatable {
        /// What happened.
        enum Kind: Sendable, Equatable {
            case contact(ContactChannel, ContactDirection)
            case requestStep(reference: String, status: RequestStatus)
            case delivery(reference: String, service: ServiceKind, amount: Money)
            case message(NotificationChannel, NotificationEvent, OutboxStatus)
        }

        var at: Date
        var kind: Kind
        /// The note, summary, acknowledgement or message.
        var detail: String
        /// The request it belongs to.
        var link: String?
    }
}
