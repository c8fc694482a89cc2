import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// The outbox, its templates, preferences and job leases.
public struct OutboxRepository: Sendable {
    private let database: any Database

    /// A repository on `database`; to enqueue with a change, pass that change's transaction.
    public init(database: any Database) {
        self.database = database
    }

    // MARK: Writing

    /// Writes `draft` into the outbox. A portal message is in the inbox at once; the others wait
    /// for a worker. A draft whose dedupe key was used before is dropped. Returns the new id.
    @discardableResult
    public func enqueue(_ draft: NotificationDraft, at now: Date) async throws -> UUID? {
        if let key = draft.dedupeKey,
            try await NotificationModel.query(on: database).filter(\.$dedupeKey == key).count() > 0
        {
            return nil
        }
        let row = NotificationModel()
        row.id = try database.ids.next()
        row.event = draft.event.rawValue
        row.recipientKind = draft.recipientKind
        row.recipientID = draft.recipientID
        row.relatedID = draft.relatedID
        row.channel = draft.channel.rawValue
        row.address = draft.address
        row.language = draft.language.rawValue
        row.subject = draft.subject
        row.body = draft.body
        row.parameters = String(decoding: try JSONEncoder().encode(draft.parameters), as: UTF8.self)
        let inbox = draft.channel == .portal
        row.status = inbox ? OutboxStatus.sent.rawValue : OutboxStatus.pending.rawValue
        row.attempts = 0
        row.nextAttemptAt = max(now, draft.notBefore)
        row.providerAnswer = ""
        row.dedupeKey = draft.dedupeKey
        row.createdAt = now
        row.sentAt = inbox ? now : nil
        try await row.create(on: database)
        return row.id
    }

    // MARK: Workers

    /// Claims up to `limit` messages that are due, or whose worker died holding them (an expired
    /// lease), for `lease` seconds, and counts the try. One statement does it: on PostgreSQL the
    /// rows are locked with `FOR UPDATE SKIP LOCKED`, so two workers never claim the same row;
    /// SQLite has a single writer, which gives the same guarantee.
    public func claim(limit: Int, at now: Date, lease: TimeInterval) async throws -> [OutboxEntry] {
        let sql = database as! any SQLDatabase
        let claim = try database.ids.next().uuidString
        let lock: SQLQueryString = database.isSQLite ? "" : " FOR UPDATE SKIP LOCKED"
        try await sql.raw(
            """
            UPDATE notifications SET status = 'sending', claim = \(bind: claim), lease_until = \(bind: now.addingTimeInterval(lease)), attempts = attempts + 1
            WHERE id IN (SELECT id FROM notifications
                WHERE (status = 'pending' AND next_attempt_at <= \(bind: now)) OR (status = 'sending' AND lease_until < \(bind: now))
                ORDER BY next_attempt_at LIMIT \(bind: limit)\(lock))
            """
        ).run()
        return try await NotificationModel.query(on: database).filter(\.$claim == claim).sort(\.$nextAttemptAt).all()
            .map(Self.entry)
    }

    /// Records that the provider accepted the message. A one-time code has done its work once it
    /// is out, so the outbox keeps no readable copy of it.
    public func markSent(_ message: OutboxEntry, providerAnswer: String, at now: Date) async throws {
        let query = NotificationModel.query(on: database).filter(\.$id == message.id).filter(
            \.$status == OutboxStatus.sending.rawValue
        )
        .set(\.$status, to: OutboxStatus.sent.rawValue)
        .set(\.$providerAnswer, to: String(providerAnswer.prefix(500)))
        .set(\.$sentAt, to: now)
        .set(\.$leaseUntil, to: nil)
        if message.event == .oneTimeCode {
            query.set(\.$body, to: "").set(\.$parameters, to: "[]")
        }
        try await query.update()
    }

    /// Records a failed try: due again at `retryAt`, or failed for good when that is nil.
    public func markFailedAttempt(id: UUID, providerAnswer: String, retryAt: Date?) async throws {
        let query = NotificationModel.query(on: database).filter(\.$id == id).filter(
            \.$status == OutboxStatus.sending.rawValue
        )
        .set(\.$providerAnswer, to: String(providerAnswer.prefix(500)))
        .set(\.$leaseUntil, to: nil)
        if let retryAt {
            try await query.set(\.$status, to: OutboxStatus.pending.rawValue).set(\.$nextAttemptAt, to: retryAt)
                .update()
        } else {
            try await query.set(\.$status, to: OutboxStatus.failed.rawValue).update()
        }
    }

    /// Puts a failed message back in line, with a fresh count of tries.
    public func resend(id: UUID, at now: Date) async throws -> Bool {
        guard let row = try await NotificationModel.find(id, on: database), row.status == OutboxStatus.failed.rawValue
        else { return false }
        row.status = OutboxStatus.pending.rawValue
        row.attempts = 0
        row.nextAttemptAt = now
        try await row.update(on: database)
        return true
    }

    // MARK: Reading

    /// One message.
    public func find(id: UUID) async throws -> OutboxEntry? {
        try await NotificationModel.find(id, on: database).map(Self.entry)
    }

    /// The newest messages, optionally of one status, newest first.
    public func list(status: OutboxStatus?, limit: Int, offset: Int = 0) async throws -> [OutboxEntry] {
        let query = NotificationModel.query(on: database)
        if let status { query.filter(\.$status == status.rawValue) }
        return try await query.sort(\.$createdAt, .descending).sort(\.$id).range(offset..<(offset + limit)).all().map(
            Self.entry)
    }

    /// How many messages stand in each status.
    public func countsByStatus() async throws -> [OutboxStatus: Int] {
        var counts: [OutboxStatus: Int] = [:]
        for status in OutboxStatus.allCases {
            counts[status] = try await NotificationModel.query(on: database).filter(\.$status == status.rawValue)
                .count()
        }
        return counts
    }

    /// A beneficiary's portal inbox, newest first.
    public func inbox(beneficiaryID: UUID, limit: Int) async throws -> [OutboxEntry] {
        try await NotificationModel.query(on: database)
            .filter(\.$recipientID == beneficiaryID)
            .filter(\.$channel == NotificationChannel.portal.rawValue)
            .sort(\.$createdAt, .descending)
            .limit(limit)
            .all().map(Self.entry)
    }

    /// Messages on every channel about `relatedID` or to `recipientID`, newest first: a party's timeline.
    public func messages(toRecipient recipientID: UUID, limit: Int) async throws -> [OutboxEntry] {
        try await NotificationModel.query(on: database)
            .filter(\.$recipientID == recipientID)
            .filter(\.$channel != NotificationChannel.portal.rawValue)
            .sort(\.$createdAt, .descending)
            .limit(limit)
            .all().map(Self.entry)
    }

    /// Marks a beneficiary's inbox read up to now.
    public func markInboxRead(beneficiaryID: UUID, at now: Date) async throws {
        try await NotificationModel.query(on: database)
            .filter(\.$recipientID == beneficiaryID)
            .filter(\.$channel == NotificationChannel.portal.rawValue)
            .filter(\.$readAt == nil)
            .set(\.$readAt, to: now)
            .update()
    }

    /// Unread inbox messages.
    public func unreadCount(beneficiaryID: UUID) async throws -> Int {
        try await NotificationModel.query(on: database)
            .filter(\.$recipientID == beneficiaryID)
            .filter(\.$channel == NotificationChannel.portal.rawValue)
            .filter(\.$readAt == nil)
            .count()
    }

    // MARK: Templates

    /// The stored wording for `event` on `channel` in `language`, if an administrator wrote one.
    public func template(event: NotificationEvent, channel: NotificationChannel, language: Language) async throws
        -> StoredTemplate?
    {
        try await NotificationTemplateModel.query(on: database)
            .filter(\.$event == event.rawValue).filter(\.$channel == channel.rawValue).filter(
                \.$language == language.rawValue
            )
            .first().flatMap(Self.template)
    }

    /// Every stored template.
    public func templates() async throws -> [StoredTemplate] {
        try await NotificationTemplateModel.query(on: database).all().compactMap(Self.template)
    }

    /// Saves (creates or replaces) a template.
    public func save(_ template: StoredTemplate) async throws {
        let row =
            try await NotificationTemplateModel.query(on: database)
            .filter(\.$event == template.event.rawValue).filter(\.$channel == template.channel.rawValue).filter(
                \.$language == template.language.rawValue
            )
            .first() ?? NotificationTemplateModel()
        if row.id == nil { row.id = try database.ids.next() }
        row.event = template.event.rawValue
        row.channel = template.channel.rawValue
        row.language = template.language.rawValue
        row.subject = template.subject
        row.body = template.body
        row.updatedBy = template.updatedBy
        row.updatedAt = template.updatedAt
        try await row.save(on: database)
    }

    // MARK: Preferences

    /// A beneficiary's notification channel, e-mail and opt-out, if they set any.
    public func preference(beneficiaryID: UUID) async throws -> (
        channel: NotificationChannel?, email: String, optedOut: Bool
    )? {
        guard let row = try await NotificationPreferenceModel.find(beneficiaryID, on: database) else { return nil }
        return (row.channel.flatMap(NotificationChannel.init(rawValue:)), row.email, row.optedOut)
    }

    /// Saves a beneficiary's notification channel, e-mail and opt-out.
    public func savePreference(
        beneficiaryID: UUID, channel: NotificationChannel?, email: String, optedOut: Bool, at now: Date
    ) async throws {
        let row =
            try await NotificationPreferenceModel.find(beneficiaryID, on: database) ?? NotificationPreferenceModel()
        row.id = beneficiaryID
        row.channel = channel?.rawValue
        row.email = email
        row.optedOut = optedOut
        row.updatedAt = now
        try await row.save(on: database)
    }

    // MARK: Job leases

    /// Takes the lease on job `name` for `holder` until `now + duration`, when nobody else holds an
    /// unexpired one and the job did not run within `interval`; returns whether it was taken.
    /// Call inside a write transaction: the row is locked while it is read.
    public func acquireLease(
        _ name: String, holder: String, at now: Date, duration: TimeInterval, interval: TimeInterval
    ) async throws -> Bool {
        let sql = database as! any SQLDatabase
        if !database.isSQLite {
            try await sql.raw("SELECT name FROM job_leases WHERE name = \(bind: name) FOR UPDATE").run()
        }
        guard let row = try await JobLeaseModel.find(name, on: database) else {
            let row = JobLeaseModel()
            row.id = name
            row.holder = holder
            row.leaseUntil = now.addingTimeInterval(duration)
            row.lastRunAt = now
            try await row.create(on: database)
            return true
        }
        if row.holder != holder, row.leaseUntil > now { return false }
        if let last = row.lastRunAt, now.timeIntervalSince(last) < interval { return false }
        row.holder = holder
        row.leaseUntil = now.addingTimeInterval(duration)
        row.lastRunAt = now
        try await row.update(on: database)
        return true
    }

    // MARK: Mapping

    private static func entry(_ row: NotificationModel) -> OutboxEntry {
        OutboxEntry(
            id: row.id!, event: NotificationEvent(rawValue: row.event) ?? .requestReceived,
            recipientKind: row.recipientKind,
            recipientID: row.recipientID, relatedID: row.relatedID,
            channel: NotificationChannel(rawValue: row.channel) ?? .portal,
            address: row.address, language: Language(rawValue: row.language) ?? .arabic, subject: row.subject,
            body: row.body,
            parameters: (try? JSONDecoder().decode([String].self, from: Data(row.parameters.utf8))) ?? [],
            status: OutboxStatus(rawValue: row.status) ?? .pending, attempts: row.attempts,
            nextAttemptAt: row.nextAttemptAt,
            providerAnswer: row.providerAnswer, createdAt: row.createdAt, sentAt: row.sentAt, readAt: row.readAt
        )
    }

    private static func template(_ row: NotificationTemplateModel) -> StoredTemplate? {
        guard let event = NotificationEvent(rawValue: row.event),
            let channel = NotificationChannel(rawValue: row.channel), let language = Language(rawValue: row.language)
        else { return nil }
        return StoredTemplate(
            event: event, channel: channel, language: language, subject: row.subject, body: row.body,
            updatedBy: row.updatedBy, updatedAt: row.updatedAt)
    }
}
