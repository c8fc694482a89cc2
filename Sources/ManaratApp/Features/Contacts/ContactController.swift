import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Logging contacts on any of the policy's channels, and closing follow-ups.
struct ContactController {
    struct Form: Content {
        var channel: String?
        var direction: String?
        var summary: String?
        var followUpOn: String?
        var followUpOnCalendar: String?
        var referTo: String?
        var branchID: String?
    }

    func addForBeneficiary(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.beneficiaryID, as: UUID.self),
            try await BeneficiaryRepository(database: request.db).find(id: id) != nil
        else { throw Abort(.notFound) }
        return try await add(request, kind: .beneficiary, partyID: id, back: StaffURL.beneficiary(id).path)
    }

    func addForSupporter(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.supporterID, as: UUID.self),
            try await SupporterRepository(database: request.db).find(id: id) != nil
        else { throw Abort(.notFound) }
        return try await add(request, kind: .supporter, partyID: id, back: StaffURL.supporter(id).path)
    }

    func addForVolunteer(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.volunteerID, as: UUID.self),
            try await VolunteerRepository(database: request.db).find(id: id) != nil
        else { throw Abort(.notFound) }
        return try await add(request, kind: .volunteer, partyID: id, back: StaffURL.volunteer(id).path)
    }

    private func add(_ request: Request, kind: PartyKind, partyID: UUID, back: String) async throws -> Response {
        let form = try request.content.decode(Form.self)
        let strings = request.strings
        var errors: [FieldError] = []
        let summary = (form.summary ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if summary.isEmpty { errors.append(FieldError(field: "summary", message: strings[.fieldRequired])) }
        if summary.count > 2000 {
            errors.append(
                FieldError(field: "summary", message: strings.format(.fieldTooLong, ["maximum": strings.number(2000)])))
        }
        guard let channel = form.channel.flatMap(ContactChannel.init(rawValue:)),
            let direction = form.direction.flatMap(ContactDirection.init(rawValue:))
        else {
            throw Abort(.badRequest)
        }
        var followUp = BeneficiaryForm.day(
            form.followUpOn, calendar: form.followUpOnCalendar, field: "followUpOn", required: false, strings: strings,
            errors: &errors)
        var referredTo: UUID?
        if let raw = form.referTo, !raw.isEmpty {
            if let id = UUID(uuidString: raw),
                let researcher = try await StaffRepository(database: request.db).find(id: id), researcher.isActive,
                researcher.roles.contains(.researcher)
            {
                referredTo = id
                followUp = followUp ?? GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
            } else {
                errors.append(FieldError(field: "referTo", message: strings[.researcherRequired]))
            }
        }
        // The branch the contact happened at: the one chosen (a representative's office), else the employee's own.
        var branchID = request.staff?.branchID
        if let raw = form.branchID {
            if raw.isEmpty {
                branchID = nil
            } else if let id = UUID(uuidString: raw),
                try await BranchRepository(database: request.db).find(id: id)?.isActive == true
            {
                branchID = id
            } else {
                errors.append(FieldError(field: "branchID", message: strings[.branchInvalid]))
            }
        }
        guard errors.isEmpty else {
            return try await PartyErrorPage.render(request, errors: errors, back: back)
        }
        var contact = Contact(
            id: request.manarat.configuration.ids.next(), partyKind: kind, partyID: partyID, channel: channel,
            direction: direction, branchID: branchID, staffID: request.staff?.id, summary: summary,
            followUpOn: followUp, followUpDone: false, occurredAt: request.now)
        contact.referredTo = referredTo
        let finalContact = contact
        _ = try await request.auditedCreation(
            recordID: finalContact.id, action: .contactCreate, recordType: RecordType(kind),
            auditedAs: partyID.uuidString,
            summary: "\(channel.rawValue) \(direction.rawValue)" + (followUp.map { " follow-up \($0)" } ?? "")
                + (referredTo.map { " referred to researcher \($0.uuidString.lowercased())" } ?? "")
        ) { db in
            try await ContactRepository(database: db).add(finalContact)
        }
        return request.redirect(to: back + "?saved=1", redirectType: .normal)
    }

    func markDone(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.contactID, as: UUID.self),
            let contact = try await ContactRepository(database: request.db).find(id: id)
        else { throw Abort(.notFound) }
        try await request.audited(
            action: .contactFollowUpDone, recordType: RecordType(contact.partyKind),
            recordID: contact.partyID.uuidString, summary: "follow-up of \(contact.followUpOn?.description ?? "-") done"
        ) { db in
            try await ContactRepository(database: db).markFollowUpDone(id: id)
        }
        let back: String
        switch contact.partyKind {
        case .beneficiary: back = StaffURL.beneficiary(contact.partyID).path
        case .supporter: back = StaffURL.supporter(contact.partyID).path
        case .volunteer: back = StaffURL.volunteer(contact.partyID).path
        }
        return request.redirect(
            to: request.safeLocalPath(try? request.content.get(String.self, at: "back"), fallback: back),
            redirectType: .normal)
    }
}
