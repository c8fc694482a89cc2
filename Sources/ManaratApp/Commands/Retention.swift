import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The retention run, shared by the command and its tests.
enum Retention {
    /// Runs the schedule at the configured clock's now; returns the report's lines.
    static func run(_ app: Application, dryRun: Bool) async throws -> [String] {
        let configuration = app.manarat.configuration
        let now = configuration.clock.now()
        let timeZone = configuration.timeZone
        let schedule = try await RetentionRepository(database: app.db).schedule()
        let outcomes: [RetentionOutcome]
        if dryRun {
            outcomes = try await RetentionRepository(database: app.db).run(
                schedule, now: now, timeZone: timeZone, dryRun: true)
        } else {
            outcomes = try await app.db.writeTransaction { db in
                let outcomes = try await RetentionRepository(database: db).run(
                    schedule, now: now, timeZone: timeZone, dryRun: false)
                let summary = outcomes.map {
                    "\($0.kind.rawValue): \($0.applied) done, \($0.keptForLegalHold) held, \($0.keptForOpenCase) open case"
                }.joined(separator: "; ")
                try await AuditLog(database: db).append(
                    AuditEvent(
                        actorID: nil, actorName: "system", actingRole: nil, action: .retentionRun,
                        recordType: .settings, recordID: "retention", summary: summary, clientIP: nil), at: now)
                return outcomes
            }
        }
        var lines = [
            "retention run at \(AuditRecord.storedInstant(now))" + (dryRun ? " (dry run: nothing changed)" : "")
        ]
        for outcome in outcomes {
            let kind = outcome.kind
            let unit = kind.unit == .years ? "years" : "days"
            let verb: String
            switch kind {
            case .closedRequests, .feedback: verb = dryRun ? "would be anonymized" : "anonymized"
            case .serviceRecords, .inquiries, .signInCodes, .submissionKeys:
                verb = dryRun ? "would be deleted" : "deleted"
            }
            lines.append(
                "\(kind.rawValue) (kept \(schedule.period(kind)) \(unit)): \(outcome.applied) \(verb); kept for a legal hold: \(outcome.keptForLegalHold); kept for an open case: \(outcome.keptForOpenCase)"
            )
        }
        return lines
    }
}
