import Fluent
import Foundation
import ManaratDomain
import SQLKit

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
        return (kind == .complaint ? "C-" : "S-") + "\(UmmAlQura.hijri(from: day).day.year)-"
            + String(format: "%06d", number)
    }

    /// Stores a new record in one statement (the public form's path: no read first, no reflection).
    public func insert(_ record: FeedbackRecord) async throws {
        let sql = database as! any SQLDatabase
        try await sql.insert(into: FeedbackModel.schema)
            .columns(
                "id", "reference", "kind", "beneficiary_id", "contact_name", "contact_phone", "channel", "text",
                "status", "assigned_to", "notes", "response", "action", "no_action_reason", "due_on", "closed_at",
                "appeal", "appeals", "created_at", "category", "priority"
            )
            .values(
                SQLBind(record.id), SQLBind(record.reference), SQLBind(record.kind.rawValue),
                SQLBind(record.beneficiaryID), SQLBind(record.contactName), SQLBind(record.contactPhone),
                SQLBind(record.channel.rawValue), SQLBind(record.text), SQLBind(record.status.rawValue),
                SQLBind(record.assignedTo), SQLBind(record.notes), SQLBind(record.response),
                SQLBind(record.action.map { RequestRepository.json($0) }), SQLBind(record.noActionReason),
                SQLBind(record.dueOn.description), SQLBind(record.closedAt),
                SQLBind(record.appeal), SQLBind(record.appeals), SQLBind(record.createdAt),
                SQLBind(record.category?.rawValue), SQLBind(record.priority.rawValue)
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
        if openOnly {
            query = query.filter(\.$status != FeedbackStatus.closed.rawValue).sort(\.$dueOn)
        } else {
            query = query.sort(\.$createdAt, .descending)
        }
        return try await query.limit(limit).all().map(Self.record)
    }

    private static func record(_ row: FeedbackModel) -> FeedbackRecord {
        var record = FeedbackRecord(
            id: row.id!, reference: row.reference, kind: FeedbackKind(rawValue: row.kind) ?? .suggestion,
            beneficiaryID: row.beneficiaryID, contactName: row.contactName, contactPhone: row.contactPhone,
            channel: ContactChannel(rawValue: row.channel) ?? .website, text: row.text,
            status: FeedbackStatus(rawValue: row.status) ?? .open, assignedTo: row.assignedTo, notes: row.notes,
            response: row.response, action: RequestRepository.decode(ImprovementAction.self, row.action),
            noActionReason: row.noActionReason, dueOn: GregorianDay(iso: row.dueOn) ?? GregorianDay(julianDayNumber: 0),
            closedAt: row.closedAt, appeal: row.appeal, appeals: row.appeals, createdAt: row.createdAt)
        record.category = row.category.flatMap(FeedbackCategory.init(rawValue:))
        record.priority = FeedbackPriority(rawValue: row.priority) ?? .normal
        return record
    }
}
