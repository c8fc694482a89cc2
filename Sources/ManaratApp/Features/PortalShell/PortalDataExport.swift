import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// Everything held about one beneficiary.
struct PortalDataExport: Sendable {
    var beneficiary: Beneficiary
    var household: Household?
    var consent: ConsentRecord?
    var requests: [SupportRequest]
    var documents: [RequestDocument]
    var contacts: [Contact]
    var dataRequests: [DataSubjectRequest]
    var inquiries: [Inquiry] = []
    var feedback: [FeedbackRecord] = []
    var messages: [OutboxEntry] = []
    var deliveries: [(String, DeliveryRecord)] = []

    /// The export as JSON: plain keys, ISO dates, amounts in riyals.
    func json() throws -> Data {
        let b = beneficiary
        let object: [String: Any] = [
            "file_number": b.fileNumber,
            "name": [
                "first": b.name.first, "father": b.name.father, "grandfather": b.name.grandfather,
                "family": b.name.family, "latin": b.latinName,
            ],
            "identity": [
                "type": b.identity.type.rawValue, "number": b.identity.value,
                "expires_on": b.identityExpiresOn?.description ?? NSNull(),
            ],
            "nationality": b.nationality, "gender": b.gender.rawValue, "born_on": b.bornOn?.description ?? NSNull(),
            "marital_status": b.maritalStatus.rawValue,
            "phones": b.phones,
            "address": [
                "city": b.city, "district": b.district, "address": b.address,
                "national_address_code": b.nationalAddressCode,
            ],
            "income_sources": b.incomeSources, "health_conditions": b.healthConditions,
            "preferences": ["language": b.preferredLanguage.rawValue, "channel": b.preferredChannel.rawValue],
            "consent": consent.map {
                [
                    "notice_version": $0.noticeVersion, "channel": $0.channel.rawValue,
                    "given_at": ISO8601DateFormatter().string(from: $0.givenAt),
                    "withdrawn_at": $0.withdrawnAt.map { ISO8601DateFormatter().string(from: $0) } ?? NSNull(),
                ] as [String: Any]
            } ?? NSNull(),
            "household": household.map { h in
                [
                    "monthly_income": h.monthlyIncome.plain, "monthly_rent": h.monthlyRent.plain,
                    "debts": h.debts.plain, "housing": h.housing.rawValue,
                    "members": h.members.map {
                        [
                            "name": $0.fullName, "relation": $0.relation.rawValue,
                            "born_on": $0.bornOn?.description ?? NSNull(),
                        ] as [String: Any]
                    },
                ] as [String: Any]
            } ?? NSNull(),
            "requests": requests.map { r in
                [
                    "reference": r.reference, "status": r.status.rawValue,
                    "submitted_on": r.submittedOn?.description ?? NSNull(),
                    "expected_response_on": r.expectedResponseOn?.description ?? NSNull(), "details": r.details,
                    "amount_requested": r.amountRequested.plain,
                    "decision": r.decision.map {
                        ["outcome": "\($0.outcome)", "amount": $0.amount.plain, "note": $0.note] as [String: Any]
                    } ?? NSNull(),
                ] as [String: Any]
            },
            "documents": documents.map {
                [
                    "kind": $0.kind.rawValue, "name": $0.originalName, "format": $0.format.rawValue, "size": $0.size,
                    "uploaded_at": ISO8601DateFormatter().string(from: $0.uploadedAt),
                ] as [String: Any]
            },
            "contacts": contacts.map {
                [
                    "channel": $0.channel.rawValue, "direction": $0.direction.rawValue, "summary": $0.summary,
                    "at": ISO8601DateFormatter().string(from: $0.occurredAt),
                ] as [String: Any]
            },
            "data_requests": dataRequests.map {
                [
                    "kind": $0.kind, "details": $0.details, "status": $0.status, "due_on": $0.dueOn.description,
                    "answer": $0.answer,
                ] as [String: Any]
            },
            "inquiries": inquiries.map {
                [
                    "reference": $0.reference, "category": $0.category.rawValue, "question": $0.question,
                    "status": $0.status.rawValue, "answer": $0.answer,
                    "asked_at": ISO8601DateFormatter().string(from: $0.askedAt),
                ] as [String: Any]
            },
            "complaints_and_suggestions": feedback.map {
                [
                    "reference": $0.reference, "kind": $0.kind.rawValue, "text": $0.text, "status": $0.status.rawValue,
                    "response": $0.response,
                ] as [String: Any]
            },
            "messages": messages.map {
                [
                    "event": $0.event.rawValue, "channel": $0.channel.rawValue, "address": $0.address, "text": $0.body,
                    "status": $0.status.rawValue, "at": ISO8601DateFormatter().string(from: $0.createdAt),
                ] as [String: Any]
            },
            "services": deliveries.map { reference, record in
                [
                    "request": reference, "kind": record.kind.rawValue, "amount": record.amount.plain,
                    "iban": record.iban?.value ?? NSNull(), "due_on": record.dueOn.description,
                    "delivered_at": record.deliveredAt.map { ISO8601DateFormatter().string(from: $0) } ?? NSNull(),
                    "acknowledgement": record.acknowledgement,
                ] as [String: Any]
            },
        ]
        return try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    }
}
