import Foundation
import ManaratDomain
import ManaratPersistence

/// Applies the request state machine with everything around it: the conflict-of-interest guard,
/// the applicant's clock (pauses and the expected response day), the request's own timeline,
/// the applicant's messages and the audit log, all in one write transaction with optimistic
/// locking. It is given its store, its actor and the moment; it holds no HTTP request.
struct RequestWorkflow: Sendable {
    /// Where requests are read and saved.
    let store: any RequestStore
    /// Who acts.
    let actor: RequestActor
    /// The moment of the action.
    let now: Date
    /// The association's day at `now`.
    let today: GregorianDay

    /// Settings keys and their defaults.
    static let workingDaysKey = RequestSettingKey.responseWorkingDays
    static let quorumKey = RequestSettingKey.committeeQuorum
    static let defaultQuorum = RequestSettingKey.defaultQuorum

    /// The request `id`'s file; `RecordNotFound` when there is none.
    func load(_ id: UUID) async throws -> RequestFile {
        guard let file = try await store.file(id: id) else { throw RecordNotFound() }
        return file
    }

    /// What keeps the request from complete registration, checked on its submission day.
    func problems(_ file: RequestFile) -> [IntakeProblem] {
        Self.problems(file, today: today)
    }

    /// What keeps the request from complete registration, checked on its submission day, or on
    /// `today` while it is not submitted.
    static func problems(_ file: RequestFile, today: GregorianDay) -> [IntakeProblem] {
        let provided = file.documents.map {
            ProvidedDocument(kind: $0.kind, issuedOn: $0.issuedOn, expiresOn: $0.expiresOn)
        }
        return IntakeVerification.problems(
            requiredFields: file.type.requiredFields.map(\.key), values: file.request.fieldValues,
            requiredDocuments: file.type.requiredDocuments, documents: provided,
            identityOnRecord: file.beneficiary.identity, identityOnRequest: identityOnDocuments(file),
            submittedOn: file.request.submittedOn ?? today
        )
    }

    /// The number typed from the newest identity copy, when one was given: the data matched
    /// against the beneficiary's record, as the policy asks of the employee.
    static func identityOnDocuments(_ file: RequestFile) -> IdentityNumber? {
        file.documents.first { $0.kind == .identityCopy && $0.identityNumber != nil }
            .flatMap { $0.identityNumber }
            .map { IdentityNumber(storedType: file.beneficiary.identity.type, value: $0) }
    }

    /// The facts the state machine's guards read.
    func facts(_ file: RequestFile) -> RequestFacts {
        Self.facts(file, today: today)
    }

    /// The facts the state machine's guards read, on `today`.
    static func facts(_ file: RequestFile, today: GregorianDay) -> RequestFacts {
        RequestFacts(
            attested: file.request.attestation != nil, documentsComplete: problems(file, today: today).isEmpty,
            hasResearchReport: !file.reports.isEmpty)
    }

    /// Refuses, records the recusal and audits it, when `staff` may not act on this request.
    ///
    /// A staff member's own request is found through the identity they declared as their own.
    func guardConflict(_ file: RequestFile, staff: StaffMember, action: String) async throws {
        let declaration = try await store.declaration(of: staff.id)
        guard
            let reason = ConflictOfInterest.conflict(
                of: declaration, applicantIdentity: file.beneficiary.identity.value,
                householdIdentities: file.householdIdentities, requestOwnerStaffID: nil)
        else {
            return
        }
        let now = self.now
        let reasonText = Self.reasonCode(reason)
        try await store.audited(
            AuditEntry(
                action: .requestRecusal, recordType: .request, recordID: file.request.id.uuidString,
                summary: "\(staff.username) refused for \(action): \(reasonText)")
        ) { store in
            try await store.recordRecusal(
                staffID: staff.id, requestID: file.request.id, action: action, reason: reasonText, at: now)
        }
        throw ConflictRefusal(reason: reason)
    }

    /// Lets the actor act on `file`: staff pass the conflict-of-interest guard for `action`; the
    /// applicant may act only on their own request (another's answers as if it did not exist).
    func mayAct(on file: RequestFile, action: String) async throws {
        switch actor {
        case .staff(let staff): try await guardConflict(file, staff: staff, action: action)
        case .beneficiary(let id, _): guard id == file.request.beneficiaryID else { throw RecordNotFound() }
        }
    }

    static func reasonCode(_ reason: ConflictReason) -> String {
        switch reason {
        case .ownRequest: return "own request"
        case .relativeIsApplicant: return "declared relative is the applicant"
        case .relativeInHousehold: return "declared relative is in the applicant's household"
        }
    }

    /// Records a step that does not move the request (a document, the attestation, a visit, a
    /// delivery) with its history entry and audit entry; `change` saves what the step adds.
    func record(
        _ step: RequestStep, on file: RequestFile, note: String, audit: AuditEntry,
        _ change: @escaping @Sendable (any RequestStore) async throws -> Void
    ) async throws {
        let status = file.request.status
        let (actorID, actorName, now) = (actor.id, actor.name, self.now)
        try await store.audited(audit) { store in
            try await change(store)
            try await store.addEvent(
                requestID: file.request.id, event: .recorded(step), from: status, to: status, note: note,
                actorID: actorID, actorName: actorName, at: now)
        }
    }

    /// Applies `event`, lets `change` adjust the request, and saves it all with its pause,
    /// expected day, timeline entry, applicant's message and audit entry; `extra` saves what
    /// goes with the step in the same transaction.
    @discardableResult
    func apply(
        _ event: RequestEvent, to file: RequestFile, version: Int?, note: String,
        change: @escaping @Sendable (inout SupportRequest) -> Void = { _ in },
        extra: @escaping @Sendable (any RequestStore) async throws -> Void = { _ in }
    ) async throws -> SupportRequest {
        try await mayAct(on: file, action: event.rawValue)
        var updated = file.request
        if let version, version != updated.version { throw RequestConflict.changedBySomeoneElse }
        let next = try RequestStateMachine.apply(event, to: updated.status, facts: facts(file)).get()
        let previous = updated.status
        updated.status = next
        change(&updated)
        let (today, now, actorID, actorName) = (self.today, self.now, actor.id, actor.name)
        let workingDays = try await store.responseWorkingDays()
        let calendar = try await store.workingCalendar()
        let finalRequest = updated
        let beneficiary = file.beneficiary
        let audit = AuditEntry(
            action: AuditAction(event), recordType: .request, recordID: updated.id.uuidString,
            summary: "\(updated.reference): \(previous.rawValue) → \(next.rawValue)"
                + (note.isEmpty ? "" : " — " + String(note.prefix(200))))
        return try await store.audited(audit) { store in
            var saved = finalRequest
            if next == .incomplete, previous != .incomplete {
                try await store.openPause(requestID: saved.id, from: today)
            }
            if previous == .incomplete, next != .incomplete {
                try await store.closePause(requestID: saved.id, on: today)
            }
            if let submittedOn = saved.submittedOn, next.awaitsDecision {
                let pauses = try await store.pauses(of: saved.id)
                saved.expectedResponseOn = ResponseClock.expectedResponseDay(
                    submittedOn: submittedOn, workingDays: workingDays, calendar: calendar, pauses: pauses, today: today
                )
            }
            try await store.update(saved, at: now)
            try await store.addEvent(
                requestID: saved.id, event: .moved(event), from: previous, to: next, note: note, actorID: actorID,
                actorName: actorName, at: now)
            try await extra(store)
            if let notice = NotificationEvent(requestEvent: event) {
                try await store.notify(Self.notice(notice, to: beneficiary, about: saved, today: today))
            }
            if event == .completeDelivery {
                try await store.inviteToServiceSurvey(beneficiary, about: saved, staffID: actorID)
            }
            saved.version += 1
            return saved
        }
    }

    /// The applicant's message about a step: the decision's day for a decision or a delivery,
    /// with the reasons of a rejection; the expected answer's day otherwise.
    static func notice(
        _ event: NotificationEvent, to beneficiary: Beneficiary, about request: SupportRequest, today: GregorianDay
    ) -> RequestNotice {
        switch event {
        case .requestApproved, .serviceDelivered:
            return RequestNotice(beneficiary: beneficiary, event: event, request: request, day: today)
        case .requestRejected:
            return RequestNotice(
                beneficiary: beneficiary, event: event, request: request, day: today,
                reasons: request.decision?.reasons ?? [])
        default:
            return RequestNotice(
                beneficiary: beneficiary, event: event, request: request, day: request.expectedResponseOn)
        }
    }

    /// Submits a draft and at once checks it: complete registration when nothing is missing,
    /// otherwise incomplete (waiting on the applicant, clock paused) with the list of what is missing.
    @discardableResult
    func submit(_ file: RequestFile, version: Int?) async throws -> SupportRequest {
        let (now, today) = (self.now, self.today)
        let submitted = try await apply(.submit, to: file, version: version, note: "") { request in
            request.submittedAt = now
            request.submittedOn = today
        }
        var reloaded = try await load(file.request.id)
        reloaded.request = submitted
        let next: RequestEvent = problems(reloaded).isEmpty ? .completeRegistration : .markIncomplete
        return try await apply(next, to: reloaded, version: nil, note: "")
    }

    /// After a document or data arrives for an incomplete request, completes its registration if
    /// nothing is missing now.
    func recheck(_ id: UUID) async throws {
        let file = try await load(id)
        guard file.request.status == .incomplete, problems(file).isEmpty else { return }
        try await apply(.completeRegistration, to: file, version: nil, note: "")
    }

    /// Where a request's clock stands while it waits on the applicant: stopped since the day it was
    /// marked incomplete, and the answer day if the applicant sends what is missing today. The
    /// stored day was computed when the wait began, so it is recomputed on each view.
    func pausedClock(_ file: RequestFile) async throws -> PausedClock? {
        guard file.request.status.pausesClock, let submittedOn = file.request.submittedOn else { return nil }
        let pauses = try await store.pauses(of: file.request.id)
        guard let open = pauses.last(where: { $0.until == nil }) else { return nil }
        let expected = ResponseClock.expectedResponseDay(
            submittedOn: submittedOn, workingDays: try await store.responseWorkingDays(),
            calendar: try await store.workingCalendar(), pauses: pauses, today: today)
        return PausedClock(since: open.from, expectedIfAnsweredToday: expected)
    }
}
