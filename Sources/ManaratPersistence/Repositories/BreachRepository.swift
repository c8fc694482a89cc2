import Fluent
import Foundation
import ManaratDomain

/// The breach register.
public struct BreachRepository: Sendable {
    private let database: any Database

    /// A repository on `database`; writes belong in a write transaction.
    public init(database: any Database) {
        self.database = database
    }

    /// Every breach: those the regulator has not been told of first (oldest discovery first), then the rest, newest first.
    public func all() async throws -> [BreachRecord] {
        let rows = try await BreachModel.query(on: database).sort(\.$discoveredAt, .descending).all().map(
            Self.record(from:))
        return rows.filter { $0.regulatorNotifiedAt == nil }.reversed() + rows.filter { $0.regulatorNotifiedAt != nil }
    }

    /// One breach.
    public func find(id: UUID) async throws -> BreachRecord? {
        try await BreachModel.find(id, on: database).map(Self.record(from:))
    }

    /// Records a new breach with the next reference of the Hijri year of `day`.
    public func insert(_ record: BreachRecord, on day: GregorianDay) async throws -> String {
        let number = try await Counters(database: database).next("breach_reference")
        let reference = "BR-\(UmmAlQura.hijri(from: day).day.year)-" + String(format: "%04d", number)
        let row = BreachModel()
        row.id = record.id
        row.reference = reference
        row.title = record.title
        row.description = record.description
        row.discoveredAt = record.discoveredAt
        row.recordsAffected = record.recordsAffected
        row.peopleAffected = record.peopleAffected
        row.measures = record.measures
        row.regulatorNotifiedAt = nil
        row.regulatorReference = ""
        row.subjectsNotifiedAt = nil
        row.recordedBy = record.recordedBy
        row.createdAt = record.createdAt
        try await row.create(on: database)
        return reference
    }

    /// Records the regulator's notice; false when it was recorded already.
    public func markRegulatorNotified(id: UUID, at moment: Date, reference: String) async throws -> Bool {
        guard
            let row = try await BreachModel.query(on: database).filter(\.$id == id).filter(
                \.$regulatorNotifiedAt == nil
            ).first()
        else { return false }
        row.regulatorNotifiedAt = moment
        row.regulatorReference = reference
        try await row.update(on: database)
        return true
    }

    /// Records that the people affected were told; false when it was recorded already.
    public func markSubjectsNotified(id: UUID, at moment: Date) async throws -> Bool {
        guard
            let row = try await BreachModel.query(on: database).filter(\.$id == id).filter(\.$subjectsNotifiedAt == nil)
                .first()
        else { return false }
        row.subjectsNotifiedAt = moment
        try await row.update(on: database)
        return true
    }

    private static func record(from row: BreachModel) -> BreachRecord {
        BreachRecord(
            id: row.id!, reference: row.reference, title: row.title, description: row.description,
            discoveredAt: row.discoveredAt, recordsAffected: row.recordsAffected, peopleAffected: row.peopleAffected,
            measures: row.measures, regulatorNotifiedAt: row.regulatorNotifiedAt,
            regulatorReference: row.regulatorReference, subjectsNotifiedAt: row.subjectsNotifiedAt,
            recordedBy: row.recordedBy, createdAt: row.createdAt)
    }
}
