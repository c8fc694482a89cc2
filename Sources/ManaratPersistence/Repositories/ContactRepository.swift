import Fluent
import Foundation
import ManaratDomain

/// Reads and writes contacts on every channel.
public struct ContactRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// Records a contact.
    public func add(_ contact: Contact) async throws {
        let row = ContactModel()
        row.id = contact.id
        row.partyKind = contact.partyKind.rawValue
        row.partyID = contact.partyID
        row.channel = contact.channel.rawValue
        row.direction = contact.direction.rawValue
        row.branchID = contact.branchID
        row.staffID = contact.staffID
        row.summary = contact.summary
        row.followUpOn = contact.followUpOn?.description
        row.followUpDone = contact.followUpDone
        row.occurredAt = contact.occurredAt
        row.referredTo = contact.referredTo
        try await row.create(on: database)
    }

    /// A party's contacts, newest first.
    public func contacts(of kind: PartyKind, id: UUID, limit: Int = 100) async throws -> [Contact] {
        try await ContactModel.query(on: database).filter(\.$partyKind == kind.rawValue).filter(\.$partyID == id)
            .sort(\.$occurredAt, .descending).limit(limit).all().map(Self.contact)
    }

    /// The contact with this id.
    public func find(id: UUID) async throws -> Contact? {
        try await ContactModel.find(id, on: database).map(Self.contact)
    }

    /// Marks a follow-up as done.
    public func markFollowUpDone(id: UUID) async throws {
        try await ContactModel.query(on: database).filter(\.$id == id).set(\.$followUpDone, to: true).update()
    }

    /// Follow-ups due on or before `day` and not done, oldest first; for a branch, or everywhere.
    public func dueFollowUps(onOrBefore day: GregorianDay, branchID: UUID?, limit: Int = 50) async throws
        -> [DueFollowUp]
    {
        var query = ContactModel.query(on: database)
            .filter(\.$followUpDone == false)
            .filter(\.$followUpOn != nil)
            .filter(\.$followUpOn <= day.description)
        if let branchID { query = query.filter(\.$branchID == branchID) }
        let rows = try await query.sort(\.$followUpOn).limit(limit).all()
        var names: [UUID: String] = [:]
        for row in rows where names[row.partyID] == nil {
            names[row.partyID] = try await partyName(
                kind: PartyKind(rawValue: row.partyKind) ?? .beneficiary, id: row.partyID)
        }
        return rows.map { DueFollowUp(contact: Self.contact($0), partyName: names[$0.partyID] ?? "") }
    }

    private func partyName(kind: PartyKind, id: UUID) async throws -> String {
        switch kind {
        case .beneficiary:
            guard let row = try await BeneficiaryModel.find(id, on: database) else { return "" }
            return PersonName(
                first: row.firstName, father: row.fatherName, grandfather: row.grandfatherName, family: row.familyName
            ).full
        case .supporter:
            return try await SupporterModel.find(id, on: database)?.name ?? ""
        case .volunteer:
            return try await VolunteerModel.find(id, on: database)?.fullName ?? ""
        }
    }

    /// Questions referred to a researcher and not yet followed up, oldest first.
    public func referred(to staffID: UUID, limit: Int = 30) async throws -> [DueFollowUp] {
        let rows = try await ContactModel.query(on: database).filter(\.$referredTo == staffID).filter(
            \.$followUpDone == false
        ).sort(\.$occurredAt).limit(limit).all()
        var result: [DueFollowUp] = []
        for row in rows {
            result.append(
                DueFollowUp(
                    contact: Self.contact(row),
                    partyName: try await partyName(
                        kind: PartyKind(rawValue: row.partyKind) ?? .beneficiary, id: row.partyID)))
        }
        return result
    }

    private static func contact(_ row: ContactModel) -> Contact {
        var contact = Contact(
            id: row.id!, partyKind: PartyKind(rawValue: row.partyKind) ?? .beneficiary, partyID: row.partyID,
            channel: ContactChannel(rawValue: row.channel) ?? .interview,
            direction: ContactDirection(rawValue: row.direction) ?? .incoming,
            branchID: row.branchID, staffID: row.staffID, summary: row.summary,
            followUpOn: row.followUpOn.flatMap(GregorianDay.init(iso:)), followUpDone: row.followUpDone,
            occurredAt: row.occurredAt
        )
        contact.referredTo = row.referredTo
        return contact
    }
}
