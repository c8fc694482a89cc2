import Fluent
import SQLKit
import Foundation
import ManaratDomain

/// A complaint or suggestion as kept.
public struct FeedbackRecord: Sendable, Equatable, Identifiable {
    /// Its identifier.
    public var id: UUID
    /// "C-1448-000001" or "S-1448-000001".
    public var reference: String
    /// Complaint or suggestion.
    public var kind: FeedbackKind
    /// The beneficiary, when signed in; nil for anonymous ones and people without a file.
    public var beneficiaryID: UUID?
    /// A name left by someone without a file, if any.
    public var contactName: String
    /// A phone left for the answer, if any.
    public var contactPhone: String
    /// How it arrived.
    public var channel: ContactChannel
    /// What was said.
    public var text: String
    /// Where it stands.
    public var status: FeedbackStatus
    /// The staff member handling it.
    public var assignedTo: UUID?
    /// Investigation notes, newest last.
    public var notes: String
    /// The response given to the person.
    public var response: String
    /// The improvement taken, if any.
    public var action: ImprovementAction?
    /// Why no improvement was taken, when none was.
    public var noActionReason: String
    /// The day it is due, after which it is escalated.
    public var dueOn: GregorianDay
    /// When it was closed.
    public var closedAt: Date?
    /// The appeal against the closure, if any.
    public var appeal: String
    /// How many appeals were made (at most one).
    public var appeals: Int
    /// When it arrived.
    public var createdAt: Date
    /// What it is about, once triaged.
    public var category: FeedbackCategory? = nil
    /// How urgent it is.
    public var priority: FeedbackPriority = .normal

    /// Creates a record.
    public init(id: UUID, reference: String, kind: FeedbackKind, beneficiaryID: UUID?, contactName: String, contactPhone: String, channel: ContactChannel, text: String, status: FeedbackStatus, assignedTo: UUID?, notes: String, response: String, action: ImprovementAction?, noActionReason: String, dueOn: GregorianDay, closedAt: Date?, appeal: String, appeals: Int, createdAt: Date) {
        self.id = id
        self.reference = reference
        self.kind = kind
        self.beneficiaryID = beneficiaryID
        self.contactName = contactName
        self.contactPhone = contactPhone
        self.channel = channel
        self.text = text
        self.status = status
        self.assignedTo = assignedTo
        self.notes = notes
        self.response = response
        self.action = action
        self.noActionReason = noActionReason
        self.dueOn = dueOn
        self.closedAt = closedAt
        self.appeal = appeal
        self.appeals = appeals
        self.createdAt = createdAt
    }
}

/// A row of `feedback`.
public final class FeedbackModel: Model, @unchecked Sendable {
    public static let schema = "feedback"
    @ID(key: .id) public var id: UUID?
    @Field(key: "reference") public var reference: String
    @Field(key: "kind") public var kind: String
    @OptionalField(key: "beneficiary_id") public var beneficiaryID: UUID?
    @Field(key: "contact_name") public var contactName: String
    @Field(key: "contact_phone") public var contactPhone: String
    @Field(key: "channel") public var channel: String
    @Field(key: "text") public var text: String
    @Field(key: "status") public var status: String
    @OptionalField(key: "assigned_to") public var assignedTo: UUID?
    @Field(key: "notes") public var notes: String
    @Field(key: "response") public var response: String
    @OptionalField(key: "action") public var action: String?
    @Field(key: "no_action_reason") public var noActionReason: String
    @Field(key: "due_on") public var dueOn: String
    @OptionalField(key: "closed_at") public var closedAt: Date?
    @Field(key: "appeal") public var appeal: String
    @Field(key: "appeals") public var appeals: Int
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "category") public var category: String?
    @Field(key: "priority") public var priority: String
    public init() {}
}

/// Reads and writes complaints and suggestions.
public struct FeedbackRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// A new reference: "C-…" for complaints, "S-…" for suggestions.
    public func nextReference(kind: FeedbackKind, on day: GregorianDay) async throws -> String {
        let number = try await Counters(database: database).next("feedback_reference")
        return (kind == .complaint ? "C-" : "S-") + "\(UmmAlQura.hijri(from: day).day.year)-" + String(format: "%06d", number)
    }

    /// Stores a new record in one statement (the public form's path: no read first, no reflection).
    public func insert(_ record: FeedbackRecord) async throws {
        let sql = database as! any SQLDatabase
        try await sql.insert(into: FeedbackModel.schema)
            .columns("id", "reference", "kind", "beneficiary_id", "contact_name", "contact_phone", "channel", "text", "status", "assigned_to", "notes", "response", "action", "no_action_reason", "due_on", "closed_at", "appeal", "appeals", "created_at", "category", "priority")
            .values(
                SQLBind(record.id), SQLBind(record.reference), SQLBind(record.kind.rawValue), SQLBind(record.beneficiaryID), SQLBind(record.contactName), SQLBind(record.contactPhone),
                SQLBind(record.channel.rawValue), SQLBind(record.text), SQLBind(record.status.rawValue), SQLBind(record.assignedTo), SQLBind(record.notes), SQLBind(record.response),
                SQLBind(record.action.map { RequestRepository.json($0) }), SQLBind(record.noActionReason), SQLBind(record.dueOn.description), SQLBind(record.closedAt),
                SQLBind(record.appeal), SQLBind(record.appeals), SQLBind(record.createdAt), SQLBind(record.category?.rawValue), SQLBind(record.priority.rawValue)
            )
            .run()
    }

    /// Stores a new record or the changes to one.
    public func save(_ record: FeedbackRecord) async throws {
        let row = try await FeedbackModel.find(record.id, on: database) ?? FeedbackModel()
        row.id = record.id
        row.reference = record.reference
        row.kind = record.kind.rawValue
        row.beneficiaryID = record.beneficiaryID
        row.contactName = record.contactName
        row.contactPhone = record.contactPhone
        row.channel = record.channel.rawValue
        row.text = record.text
        row.status = record.status.rawValue
        row.assignedTo = record.assignedTo
        row.notes = record.notes
        row.response = record.response
        row.action = record.action.map { RequestRepository.json($0) }
        row.noActionReason = record.noActionReason
        row.dueOn = record.dueOn.description
        row.closedAt = record.closedAt
        row.appeal = record.appeal
        row.appeals = record.appeals
        row.createdAt = record.createdAt
        row.category = record.category?.rawValue
        row.priority = record.priority.rawValue
        try await row.save(on: database)
    }

    /// The record with this id.
    public func find(id: UUID) async throws -> FeedbackRecord? {
        try await FeedbackModel.find(id, on: database).map(Self.record)
    }

    /// Open ones by due day, or a beneficiary's, newest first.
    public func list(beneficiaryID: UUID? = nil, openOnly: Bool, limit: Int = 200) async throws -> [FeedbackRecord] {
        var query = FeedbackModel.query(on: database)
        if let beneficiaryID { query = query.filter(\.$beneficiaryID == beneficiaryID) }
        if openOnly { query = query.filter(\.$status != FeedbackStatus.closed.rawValue).sort(\.$dueOn) } else { query = query.sort(\.$createdAt, .descending) }
        return try await query.limit(limit).all().map(Self.record)
    }

    private static func record(_ row: FeedbackModel) -> FeedbackRecord {
        var record = FeedbackRecord(id: row.id!, reference: row.reference, kind: FeedbackKind(rawValue: row.kind) ?? .suggestion, beneficiaryID: row.beneficiaryID, contactName: row.contactName, contactPhone: row.contactPhone, channel: ContactChannel(rawValue: row.channel) ?? .website, text: row.text, status: FeedbackStatus(rawValue: row.status) ?? .open, assignedTo: row.assignedTo, notes: row.notes, response: row.response, action: RequestRepository.decode(ImprovementAction.self, row.action), noActionReason: row.noActionReason, dueOn: GregorianDay(iso: row.dueOn) ?? GregorianDay(julianDayNumber: 0), closedAt: row.closedAt, appeal: row.appeal, appeals: row.appeals, createdAt: row.createdAt)
        record.category = row.category.flatMap(FeedbackCategory.init(rawValue:))
        record.priority = FeedbackPriority(rawValue: row.priority) ?? .normal
        return record
    }
}
