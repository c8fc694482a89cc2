import Fluent
import Foundation
import ManaratDomain

/// A personal-data breach as the register keeps it.
public struct BreachRecord: Sendable, Equatable, Identifiable {
    /// Its identifier.
    public var id: UUID
    /// "BR-1444-0001": the Hijri year of its discovery and a running number.
    public var reference: String
    /// A short title.
    public var title: String
    /// What happened and how it was found.
    public var description: String
    /// When the association became aware of it: the 72 hours run from here.
    public var discoveredAt: Date
    /// Which records were touched (kinds and where).
    public var recordsAffected: String
    /// How many people are affected, as far as known.
    public var peopleAffected: Int
    /// What was done to contain it and to keep it from happening again.
    public var measures: String
    /// When the regulator was told, if it was.
    public var regulatorNotifiedAt: Date?
    /// The regulator's reference for the notice.
    public var regulatorReference: String
    /// When the people affected were told, if they were.
    public var subjectsNotifiedAt: Date?
    /// The admin who recorded it.
    public var recordedBy: UUID
    /// When it was recorded.
    public var createdAt: Date

    /// Creates a record.
    public init(id: UUID, reference: String, title: String, description: String, discoveredAt: Date, recordsAffected: String, peopleAffected: Int, measures: String, regulatorNotifiedAt: Date?, regulatorReference: String, subjectsNotifiedAt: Date?, recordedBy: UUID, createdAt: Date) {
        self.id = id
        self.reference = reference
        self.title = title
        self.description = description
        self.discoveredAt = discoveredAt
        self.recordsAffected = recordsAffected
        self.peopleAffected = peopleAffected
        self.measures = measures
        self.regulatorNotifiedAt = regulatorNotifiedAt
        self.regulatorReference = regulatorReference
        self.subjectsNotifiedAt = subjectsNotifiedAt
        self.recordedBy = recordedBy
        self.createdAt = createdAt
    }
}

/// The breach register.
public struct BreachRepository: Sendable {
    private let database: any Database

    /// A repository on `database`; writes belong in a write transaction.
    public init(database: any Database) {
        self.database = database
    }

    /// Every breach: those the regulator has not been told of first (oldest discovery first), then the rest, newest first.
    public func all() async throws -> [BreachRecord] {
        let rows = try await BreachModel.query(on: database).sort(\.$discoveredAt, .descending).all().map(Self.record(from:))
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
        guard let row = try await BreachModel.query(on: database).filter(\.$id == id).filter(\.$regulatorNotifiedAt == nil).first() else { return false }
        row.regulatorNotifiedAt = moment
        row.regulatorReference = reference
        try await row.update(on: database)
        return true
    }

    /// Records that the people affected were told; false when it was recorded already.
    public func markSubjectsNotified(id: UUID, at moment: Date) async throws -> Bool {
        guard let row = try await BreachModel.query(on: database).filter(\.$id == id).filter(\.$subjectsNotifiedAt == nil).first() else { return false }
        row.subjectsNotifiedAt = moment
        try await row.update(on: database)
        return true
    }

    private static func record(from row: BreachModel) -> BreachRecord {
        BreachRecord(id: row.id!, reference: row.reference, title: row.title, description: row.description, discoveredAt: row.discoveredAt, recordsAffected: row.recordsAffected, peopleAffected: row.peopleAffected, measures: row.measures, regulatorNotifiedAt: row.regulatorNotifiedAt, regulatorReference: row.regulatorReference, subjectsNotifiedAt: row.subjectsNotifiedAt, recordedBy: row.recordedBy, createdAt: row.createdAt)
    }
}

/// A row of `breaches`.
public final class BreachModel: Model, @unchecked Sendable {
    public static let schema = "breaches"
    @ID(key: .id) public var id: UUID?
    @Field(key: "reference") public var reference: String
    @Field(key: "title") public var title: String
    @Field(key: "description") public var description: String
    @Field(key: "discovered_at") public var discoveredAt: Date
    @Field(key: "records_affected") public var recordsAffected: String
    @Field(key: "people_affected") public var peopleAffected: Int
    @Field(key: "measures") public var measures: String
    @OptionalField(key: "regulator_notified_at") public var regulatorNotifiedAt: Date?
    @Field(key: "regulator_reference") public var regulatorReference: String
    @OptionalField(key: "subjects_notified_at") public var subjectsNotifiedAt: Date?
    @Field(key: "recorded_by") public var recordedBy: UUID
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}
