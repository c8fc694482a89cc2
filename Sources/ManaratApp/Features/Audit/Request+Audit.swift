import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

extension Request {
    private struct ActingRoleKey: StorageKey {
        typealias Value = Role
    }

    /// The role the staff member acts in on this route: the first of the route's roles they hold.
    var actingRole: Role? {
        get { storage[ActingRoleKey.self] }
        set { storage[ActingRoleKey.self] = newValue }
    }

    /// Who acts on this request, as the audit log names them.
    var auditActor: AuditActor {
        let beneficiary = staff == nil ? signedInBeneficiary : nil
        return AuditActor(
            actorID: staff?.id ?? beneficiary?.id,
            actorName: staff?.username ?? beneficiary.map { "beneficiary " + $0.fileNumber } ?? "anonymous",
            actingRole: actingRole?.rawValue ?? beneficiary.map { _ in "beneficiary" }, clientIP: clientIP)
    }

    /// An audit event for this request's actor, role and client address.
    func auditEvent(action: AuditAction, recordType: RecordType, recordID: String?, summary: String) -> AuditEvent {
        auditActor.event(AuditEntry(action: action, recordType: recordType, recordID: recordID, summary: summary))
    }

    /// Runs `change` and appends its audit entry in one write transaction: either both are saved or neither.
    func audited<T: Sendable>(
        action: AuditAction, recordType: RecordType, recordID: String?, summary: String,
        _ change: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        let event = auditEvent(action: action, recordType: recordType, recordID: recordID, summary: summary)
        let now = self.now
        return try await db.writeTransaction { database in
            let result = try await change(database)
            try await AuditLog(database: database).append(event, at: now)
            return result
        }
    }

    /// The record an earlier submission of this very form created with `action`, if there was
    /// one: a form whose checks would refuse its own first result (a registration finds its
    /// identity taken) answers with that record instead.
    func earlierSubmission(of action: AuditAction) async throws -> UUID? {
        guard let key = SubmissionKey.of(self, action: action.rawValue) else { return nil }
        return try await Submissions(database: db).claimed(key)
    }

    /// `audited`, for a change that creates the record `recordID` from a form carrying an
    /// idempotency key: a second submission of the same rendered form changes and audits nothing
    /// and returns the id of the record the first one created. Returns the record's id.
    func auditedCreation(
        recordID: UUID, action: AuditAction, recordType: RecordType, auditedAs auditRecordID: String? = nil,
        summary: String,
        _ change: @escaping @Sendable (any Database) async throws -> Void
    ) async throws -> UUID {
        let event = auditEvent(
            action: action, recordType: recordType, recordID: auditRecordID ?? recordID.uuidString, summary: summary)
        let now = self.now
        // A page may hold several forms that create (a file's household and contact forms share
        // the page's key): the key is claimed per action, so one form's submission never stands
        // in for another's.
        let key = SubmissionKey.of(self, action: action.rawValue)
        return try await db.writeTransaction { database in
            if let key, let earlier = try await Submissions(database: database).claim(key, recordID: recordID, at: now)
            {
                return earlier
            }
            try await change(database)
            try await AuditLog(database: database).append(event, at: now)
            return recordID
        }
    }

    /// A local path from a form's `next`/`back` field, or `fallback` when it could lead off-site.
    func safeLocalPath(_ candidate: String?, fallback: String) -> String {
        guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"), !candidate.contains("\\"),
            candidate.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F })
        else {
            return fallback
        }
        return candidate
    }
}
