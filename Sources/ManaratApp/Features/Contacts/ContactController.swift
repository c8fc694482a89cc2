import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Logging contacts on any of the policy's channels, and closing follow-ups: each handler decodes
/// the form, asks `ContactService`, and goes back to the party's file or shows what was refused.
struct ContactController {
    func addForBeneficiary(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.beneficiaryID, as: UUID.self),
            try await BeneficiaryRepository(database: request.db).find(id: id) != nil
        else { throw Abort(.notFound) }
        return try await add(request, kind: .beneficiary, partyID: id)
    }

    func addForSupporter(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.supporterID, as: UUID.self),
            try await SupporterRepository(database: request.db).find(id: id) != nil
        else { throw Abort(.notFound) }
        return try await add(request, kind: .supporter, partyID: id)
    }

    func addForVolunteer(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.volunteerID, as: UUID.self),
            try await VolunteerRepository(database: request.db).find(id: id) != nil
        else { throw Abort(.notFound) }
        return try await add(request, kind: .volunteer, partyID: id)
    }

    private func add(_ request: Request, kind: PartyKind, partyID: UUID) async throws -> Response {
        let form = try request.content.decode(ContactForm.self)
        let back = Self.file(kind, partyID).path
        guard let (draft, formProblems) = form.parsed() else { throw Abort(.badRequest) }
        let service = Self.service(request, on: request.db)
        let problems = formProblems + (try await service.problems(of: draft))
        guard problems.isEmpty else {
            let text = ContactText(strings: request.strings)
            return try await PartyErrorPage.render(request, errors: text.errors(problems), back: back)
        }
        let contact = service.contact(draft, id: request.newID(), party: (kind, partyID), recorder: request.staff)
        _ = try await request.auditedCreation(
            recordID: contact.id, action: .contactCreate, recordType: RecordType(kind), auditedAs: partyID.uuidString,
            summary: "\(contact.channel.rawValue) \(contact.direction.rawValue)"
                + (contact.followUpOn.map { " follow-up \($0)" } ?? "")
                + (contact.referredTo.map { " referred to researcher \($0.uuidString.lowercased())" } ?? "")
        ) { db in
            try await Self.service(request, on: db).record(contact)
        }
        return request.redirect(to: back + "?saved=1", redirectType: .normal)
    }

    func markDone(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.contactID, as: UUID.self),
            let contact = try await ContactStoreRepository(database: request.db).find(id: id)
        else { throw Abort(.notFound) }
        try await request.audited(
            action: .contactFollowUpDone, recordType: RecordType(contact.partyKind),
            recordID: contact.partyID.uuidString, summary: "follow-up of \(contact.followUpOn?.description ?? "-") done"
        ) { db in
            try await Self.service(request, on: db).markDone(id)
        }
        let back = Self.file(contact.partyKind, contact.partyID).path
        return request.redirect(
            to: request.safeLocalPath(try? request.content.get(String.self, at: "back"), fallback: back),
            redirectType: .normal)
    }

    /// The file page of a party.
    static func file(_ kind: PartyKind, _ id: UUID) -> StaffURL {
        switch kind {
        case .beneficiary: return .beneficiary(id)
        case .supporter: return .supporter(id)
        case .volunteer: return .volunteer(id)
        }
    }

    private static func service(_ request: Request, on database: any Database) -> ContactService {
        ContactService(
            store: ContactStoreRepository(database: database), clock: request.manarat.configuration.clock,
            timeZone: request.manarat.configuration.timeZone)
    }
}
