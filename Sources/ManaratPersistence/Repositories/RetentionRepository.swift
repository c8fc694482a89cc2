import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// The retention schedule, legal holds, and the run that applies them.
public struct RetentionRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    private static func settingKey(_ kind: RetentionKind) -> String { "retention." + kind.rawValue }

    /// The schedule as admins set it (defaults for kinds never set).
    public func schedule() async throws -> RetentionSchedule {
        var periods: [RetentionKind: Int] = [:]
        for kind in RetentionKind.allCases {
            if let value = try await SettingsRepository(database: database).value(Self.settingKey(kind)).flatMap(
                Int.init)
            {
                periods[kind] = value
            }
        }
        return RetentionSchedule(periods: periods)
    }

    /// Stores every period of `schedule`; call inside a write transaction.
    public func save(_ schedule: RetentionSchedule) async throws {
        for kind in RetentionKind.allCases {
            try await SettingsRepository(database: database).set(
                Self.settingKey(kind), to: String(schedule.period(kind)))
        }
    }

    /// Every beneficiary on legal hold.
    public func legalHolds() async throws -> [LegalHold] {
        let sql = database as! any SQLDatabase
        return try await sql.select().columns("id", "file_number", "first_name", "family_name", "legal_hold").from(
            "beneficiaries"
        )
        .where("legal_hold", .notEqual, SQLBind("")).orderBy("file_number").all()
        .map {
            LegalHold(
                beneficiaryID: try $0.decode(column: "id", as: UUID.self),
                fileNumber: try $0.decode(column: "file_number", as: String.self),
                name: try $0.decode(column: "first_name", as: String.self) + " "
                    + $0.decode(column: "family_name", as: String.self),
                reason: try $0.decode(column: "legal_hold", as: String.self))
        }
    }

    /// Puts a beneficiary on hold for `reason`, or releases them with an empty reason.
    public func setLegalHold(beneficiaryID: UUID, reason: String) async throws {
        let sql = database as! any SQLDatabase
        try await sql.update("beneficiaries").set("legal_hold", to: SQLBind(reason)).where(
            "id", .equal, SQLBind(beneficiaryID)
        ).run()
    }

    /// Finds what has outlived its period at `now` and, unless `dryRun`, anonymizes or deletes it.
    ///
    /// A beneficiary on legal hold keeps everything; a closed request or a delivery is kept while
    /// the same beneficiary has a request still open. Run it inside a write transaction.
    public func run(_ schedule: RetentionSchedule, now: Date, timeZone: TimeZone, dryRun: Bool) async throws
        -> [RetentionOutcome]
    {
        let sql = database as! any SQLDatabase
        let openStatuses = RequestStatus.allCases.filter { !$0.isFinal }.map(\.rawValue)
        let finalStatuses = RequestStatus.allCases.filter(\.isFinal).map(\.rawValue)
        let held = SQLRaw("CASE WHEN b.legal_hold <> '' THEN 1 ELSE 0 END AS held")
        var outcomes: [RetentionOutcome] = []

        // Closed requests: their content goes, their numbers stay.
        let requestCutoff = schedule.cutoff(.closedRequests, now: now, timeZone: timeZone)
        let requests = try await sql.raw(
            """
            SELECT r.id AS id, \(held), CASE WHEN EXISTS (SELECT 1 FROM support_requests o WHERE o.beneficiary_id = r.beneficiary_id AND o.status IN (\(binds: openStatuses))) THEN 1 ELSE 0 END AS open_case
            FROM support_requests r JOIN beneficiaries b ON b.id = r.beneficiary_id
            WHERE r.status IN (\(binds: finalStatuses)) AND r.updated_at < \(bind: requestCutoff) AND r.anonymized_at IS NULL
            """
        ).all().map(Self.candidate)
        let requestIDs = Self.applicable(requests)
        if !dryRun {
            for batch in Self.batches(requestIDs, of: 500) {
                try await sql.update("support_requests").set("description", to: SQLBind("")).set(
                    "field_values", to: SQLBind("{}")
                ).set("decision_note", to: SQLBind(""))
                    .set("anonymized_at", to: SQLBind(now)).where("id", .in, SQLBind.group(batch)).run()
                try await sql.update("research_reports").set("findings", to: SQLBind("")).set(
                    "household_situation", to: SQLBind("")
                ).set("recommendation", to: SQLBind(""))
                    .where("request_id", .in, SQLBind.group(batch)).run()
                try await sql.delete(from: "request_documents").where("request_id", .in, SQLBind.group(batch)).run()
            }
        }
        outcomes.append(Self.outcome(.closedRequests, requests))

        // Service deliveries: financial records, deleted after their (at least ten) years.
        let serviceCutoff = schedule.cutoff(.serviceRecords, now: now, timeZone: timeZone)
        let deliveries = try await sql.raw(
            """
            SELECT d.id AS id, \(held), CASE WHEN r.status IN (\(binds: openStatuses)) THEN 1 ELSE 0 END AS open_case
            FROM service_deliveries d JOIN support_requests r ON r.id = d.request_id JOIN beneficiaries b ON b.id = r.beneficiary_id
            WHERE d.created_at < \(bind: serviceCutoff) AND (d.delivered_at IS NULL OR d.delivered_at < \(bind: serviceCutoff))
            """
        ).all().map(Self.candidate)
        if !dryRun {
            for batch in Self.batches(Self.applicable(deliveries), of: 500) {
                try await sql.delete(from: "service_deliveries").where("id", .in, SQLBind.group(batch)).run()
            }
        }
        outcomes.append(Self.outcome(.serviceRecords, deliveries))

        // Answered inquiries, with their attachments.
        let inquiryCutoff = schedule.cutoff(.inquiries, now: now, timeZone: timeZone)
        let inquiries = try await sql.raw(
            """
            SELECT i.id AS id, \(held), 0 AS open_case
            FROM inquiries i JOIN beneficiaries b ON b.id = i.beneficiary_id
            WHERE i.status = \(bind: InquiryStatus.answered.rawValue) AND i.asked_at < \(bind: inquiryCutoff) AND (i.answered_at IS NULL OR i.answered_at < \(bind: inquiryCutoff))
            """
        ).all().map(Self.candidate)
        if !dryRun {
            for batch in Self.batches(Self.applicable(inquiries), of: 500) {
                try await sql.delete(from: "inquiry_attachments").where("inquiry_id", .in, SQLBind.group(batch)).run()
                try await sql.delete(from: "inquiries").where("id", .in, SQLBind.group(batch)).run()
            }
        }
        outcomes.append(Self.outcome(.inquiries, inquiries))

        // Closed complaints and suggestions: who and what goes, the improvement stays.
        let feedbackCutoff = schedule.cutoff(.feedback, now: now, timeZone: timeZone)
        let feedback = try await sql.raw(
            """
            SELECT f.id AS id, CASE WHEN b.legal_hold IS NOT NULL AND b.legal_hold <> '' THEN 1 ELSE 0 END AS held, 0 AS open_case
            FROM feedback f LEFT JOIN beneficiaries b ON b.id = f.beneficiary_id
            WHERE f.status = \(bind: FeedbackStatus.closed.rawValue) AND f.closed_at < \(bind: feedbackCutoff) AND f.text <> ''
            """
        ).all().map(Self.candidate)
        if !dryRun {
            for batch in Self.batches(Self.applicable(feedback), of: 500) {
                try await sql.update("feedback").set("text", to: SQLBind("")).set("contact_name", to: SQLBind("")).set(
                    "contact_phone", to: SQLBind("")
                )
                .set("notes", to: SQLBind("")).set("appeal", to: SQLBind("")).set("response", to: SQLBind(""))
                .where("id", .in, SQLBind.group(batch)).run()
            }
        }
        outcomes.append(Self.outcome(.feedback, feedback))

        // Stored files no record refers to any more (a closed request's documents, an inquiry's
        // attachments): their sealed content goes too, not only the rows that named them.
        if !dryRun {
            let orphans = try await sql.raw(
                """
                SELECT b.sha256 AS sha256 FROM document_blobs b
                WHERE NOT EXISTS (SELECT 1 FROM request_documents d WHERE d.sha256 = b.sha256)
                AND NOT EXISTS (SELECT 1 FROM inquiry_attachments a WHERE a.sha256 = b.sha256)
                AND NOT EXISTS (SELECT 1 FROM policy_versions p WHERE p.file_sha256 = b.sha256)
                """
            ).all().map { try $0.decode(column: "sha256", as: String.self) }
            for batch in Self.batches(orphans, of: 500) {
                try await sql.delete(from: "document_chunks").where("sha256", .in, SQLBind.group(batch)).run()
                try await sql.delete(from: "document_blobs").where("sha256", .in, SQLBind.group(batch)).run()
            }
        }

        // One-time sign-in codes.
        let codeCutoff = schedule.cutoff(.signInCodes, now: now, timeZone: timeZone)
        let codes = try await sql.raw(
            "SELECT id, 0 AS held, 0 AS open_case FROM portal_codes WHERE created_at < \(bind: codeCutoff)"
        ).all().map(Self.candidate)
        if !dryRun, !codes.isEmpty {
            try await sql.delete(from: "portal_codes").where("created_at", .lessThan, SQLBind(codeCutoff)).run()
        }
        outcomes.append(Self.outcome(.signInCodes, codes))

        // Idempotency keys of submitted forms.
        let keyCutoff = schedule.cutoff(.submissionKeys, now: now, timeZone: timeZone)
        let keys =
            try await sql.raw("SELECT count(*) AS n FROM submissions WHERE created_at < \(bind: keyCutoff)").first()?
            .decode(column: "n", as: Int.self) ?? 0
        if !dryRun, keys > 0 {
            try await sql.delete(from: "submissions").where("created_at", .lessThan, SQLBind(keyCutoff)).run()
        }
        outcomes.append(RetentionOutcome(kind: .submissionKeys, applied: keys, keptForLegalHold: 0, keptForOpenCase: 0))
        return outcomes
    }

    private struct Candidate {
        var id: UUID
        var held: Bool
        var openCase: Bool
    }

    private static func candidate(_ row: any SQLRow) throws -> Candidate {
        Candidate(
            id: try row.decode(column: "id", as: UUID.self), held: try row.decode(column: "held", as: Int.self) == 1,
            openCase: try row.decode(column: "open_case", as: Int.self) == 1)
    }

    private static func applicable(_ candidates: [Candidate]) -> [UUID] {
        candidates.filter { !$0.held && !$0.openCase }.map(\.id)
    }

    private static func outcome(_ kind: RetentionKind, _ candidates: [Candidate]) -> RetentionOutcome {
        RetentionOutcome(
            kind: kind, applied: candidates.filter { !$0.held && !$0.openCase }.count,
            keptForLegalHold: candidates.filter(\.held).count,
            keptForOpenCase: candidates.filter { !$0.held && $0.openCase }.count)
    }

    /// `items` in batches of at most `size`, as bind values: one `IN (...)` list per batch keeps
    /// every statement under the databases' limits on bound parameters.
    private static func batches<Item: Encodable & Sendable>(_ items: [Item], of size: Int) -> [[any Encodable
        & Sendable]]
    {
        stride(from: 0, to: items.count, by: size).map {
            items[$0..<Swift.min($0 + size, items.count)].map { $0 as any Encodable & Sendable }
        }
    }
}
