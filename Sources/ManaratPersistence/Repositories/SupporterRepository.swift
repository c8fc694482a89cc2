import Fluent
import Foundation
import ManaratDomain

/// Reads and writes supporters and what they gave.
public struct SupporterRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// Supporters whose name contains every word of `query` (Arabic-normalized), by name.
    public func search(_ query: String, limit: Int = 100) async throws -> [Supporter] {
        var builder = SupporterModel.query(on: database)
        for token in ArabicText.searchTokens(query).prefix(5) {
            builder = builder.filter(\.$searchName ~~ token)
        }
        return try await builder.sort(\.$name).limit(limit).all().map(Self.supporter)
    }

    /// The supporter with this id.
    public func find(id: UUID) async throws -> Supporter? {
        try await SupporterModel.find(id, on: database).map(Self.supporter)
    }

    /// Saves a new supporter or changes to one.
    public func save(_ supporter: Supporter, at now: Date) async throws {
        let row: SupporterModel
        if let existing = try await SupporterModel.find(supporter.id, on: database) {
            row = existing
        } else {
            row = SupporterModel()
            row.id = supporter.id
            row.createdAt = now
        }
        row.kind = supporter.kind.rawValue
        row.name = supporter.name
        row.contactPerson = supporter.contactPerson
        row.phone = supporter.phone
        row.email = supporter.email
        row.city = supporter.city
        row.allowedChannels = supporter.allowedChannels.map(\.rawValue).sorted().joined(separator: ",")
        row.wantsNews = supporter.wantsNews
        row.notes = supporter.notes
        row.searchName = ArabicText.normalizedForSearch(supporter.name + " " + supporter.contactPerson)
        try await row.save(on: database)
    }

    /// Records a gift.
    public func addEntry(_ entry: SupportEntry, at now: Date) async throws {
        let row = SupportEntryModel()
        row.id = entry.id
        row.supporterID = entry.supporterID
        row.kind = entry.kind.rawValue
        row.amount = entry.amount.halalas
        row.items = entry.items
        row.designation = entry.designation
        row.receivedOn = entry.receivedOn.description
        row.recordedAt = now
        try await row.create(on: database)
    }

    /// A supporter's gifts, newest first.
    public func entries(of supporterID: UUID) async throws -> [SupportEntry] {
        try await SupportEntryModel.query(on: database).filter(\.$supporterID == supporterID).sort(
            \.$receivedOn, .descending
        ).all().map { row in
            SupportEntry(
                id: row.id!, supporterID: row.supporterID, kind: SupportKind(rawValue: row.kind) ?? .cash,
                amount: Money(halalas: row.amount), items: row.items, designation: row.designation,
                receivedOn: GregorianDay(iso: row.receivedOn) ?? GregorianDay(julianDayNumber: 0))
        }
    }

    private static func supporter(_ row: SupporterModel) -> Supporter {
        Supporter(
            id: row.id!, kind: SupporterKind(rawValue: row.kind) ?? .person, name: row.name,
            contactPerson: row.contactPerson,
            phone: row.phone, email: row.email, city: row.city,
            allowedChannels: Set(
                row.allowedChannels.split(separator: ",").compactMap { ContactChannel(rawValue: String($0)) }),
            wantsNews: row.wantsNews, notes: row.notes
        )
    }
}
