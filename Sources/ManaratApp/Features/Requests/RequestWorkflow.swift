import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Applies the request state machine with everything around it: the conflict-of-interest guard,
/// the applicant's clock (pauses and the expected response day), the request's own timeline and
/// the audit log, all in one write transaction with optimistic locking.
struct RequestWorkflow {
    let request: Request

    /// Settings keys and their defaults.
    static let workingDaysKey = "response_working_days"
    static let quorumKey = "committee_quorum"
    static let defaultQuorum = 3

    var today: GregorianDay { GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone) }

    /// Loads a request with its type, applicant, documents, household and reports.
    func load(_ id: UUID) async throws -> RequestFile {
        try await Self.load(id, on: request.db)
    }

    /// Loads a request with its type, applicant, documents, household and reports from `db`.
    static func load(_ id: UUID, on db: any Database) async throws -> RequestFile {
        guard let supportRequest = try await RequestRepository(database: db).find(id: id),
            let type = try await RequestTypeRepository(database: db).type(id: supportRequest.typeID),
            let beneficiary = try await BeneficiaryRepository(database: db).find(id: supportRequest.beneficiaryID)
        else {
            throw Abort(.notFound)
        }
        let household = try await HouseholdRepository(database: db).household(headedBy: beneficiary.id)
        return RequestFile(
            request: supportRequest, type: type, beneficiary: beneficiary,
            documents: try await RequestDocumentRepository(database: db).documents(of: id),
            householdIdentities: Set(household?.members.compactMap { $0.identity?.value } ?? []),
            reports: try await ResearchReportRepository(database: db).researchReports(of: id)
        )
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
        RequestFacts(
            attested: file.request.attestation != nil, documentsComplete: problems(file).isEmpty,
            hasResearchReport: !file.reports.isEmpty)
    }

    /// Refuses, records the recusal and audits it, when `staff` may not act on this request.
    ///
    /// A staff member's own request is found through the identity they declared as their own.
    func guardConflict(_ file: RequestFile, staff: StaffMember, action: String) async throws {
        let declaration = try await ConflictRepository(database: request.db).declaration(of: staff.id)
        guard
            let reason = ConflictOfInterest.conflict(
                of: declaration, applicantIdentity: file.beneficiary.identity.value,
                householdIdentities: file.householdIdentities, requestOwnerStaffID: nil)
        else {
            return
        }
        let now = request.now
        let reasonText = Self.reasonCode(reason)
        try await request.audited(
            action: .requestRecusal, recordType: .request, recordID: file.request.id.uuidString,
            summary: "\(staff.username) refused for \(action): \(reasonText)"
        ) { db in
            try await ConflictRepository(database: db).recordRecusal(
                staffID: staff.id, requestID: file.request.id, action: action, reason: reasonText, at: now)
        }
        throw ConflictRefusal(reason: reason)
    }

    static func reasonCode(_ reason: ConflictReason) -> String {
        switch reason {
        case .ownRequest: return "own request"
        case .relativeIsApplicant: return "declared relative is the applicant"
        case .relativeInHousehold: return "declared relative is in the applicant's household"
        }
    }

    /// Applies `event`, lets `change` adjust the request, and saves it all with its pause,
    /// expected day, timeline entry and audit entry.
    @discardableResult
    func apply(
        _ event: RequestEvent, to file: RequestFile, version: Int?, note: String,
        change: @escaping @Sendable (inout SupportRequest) -> Void = { _ in },
        extra: @escaping @Sendable (any Database) async throws -> Void = { _ in }
    ) async throws -> SupportRequest {
        // Staff pass the conflict-of-interest guard; a beneficiary may act only on their own request.
        if let staff = request.staff {
            try await guardConflict(file, staff: staff, action: event.rawValue)
        } else if request.signedInBeneficiary?.id != file.request.beneficiaryID {
            throw Abort(.notFound)
        }
        var updated = file.request
        if let version, version != updated.version { throw RequestConflict.changedBySomeoneElse }
        let next = try RequestStateMachine.apply(event, to: updated.status, facts: facts(file)).get()
        let previous = updated.status
        updated.status = next
        change(&updated)
        let today = self.today
        let now = request.now
        let workingDays = try await WorkingCalendarRepository(database: request.db).integerSetting(
            Self.workingDaysKey, fallback: ResponseClock.standardWorkingDays)
        let calendar = try await request.workingCalendar()
        let finalRequest = updated
        let actorName = request.staff?.displayName ?? request.signedInBeneficiary?.displayName ?? ""
        let actorID = request.staff?.id ?? request.signedInBeneficiary?.id
        let configuration = request.manarat.configuration
        let beneficiary = file.beneficiary
        return try await request.audited(
            action: AuditAction(event), recordType: .request, recordID: updated.id.uuidString,
            summary: "\(updated.reference): \(previous.rawValue) → \(next.rawValue)"
                + (note.isEmpty ? "" : " — " + String(note.prefix(200)))
        ) { db in
            let repository = RequestRepository(database: db)
            var saved = finalRequest
            if next == .incomplete, previous != .incomplete {
                try await RequestTimelineRepository(database: db).openPause(requestID: saved.id, from: today)
            }
            if previous == .incomplete, next != .incomplete {
                try await RequestTimelineRepository(database: db).closePause(requestID: saved.id, on: today)
            }
            if let submittedOn = saved.submittedOn, next.awaitsDecision {
                let pauses = try await RequestTimelineRepository(database: db).pauses(of: saved.id)
                saved.expectedResponseOn = ResponseClock.expectedResponseDay(
                    submittedOn: submittedOn, workingDays: workingDays, calendar: calendar, pauses: pauses, today: today
                )
            }
            try await repository.update(saved, at: now)
            try await RequestTimelineRepository(database: db).addEvent(
                requestID: saved.id, event: .moved(event), from: previous, to: next, note: note, actorID: actorID,
                actorName: actorName, at: now)
            try await extra(db)
            if let notice = NotificationEvent(requestEvent: event) {
                try await Self.notifyApplicant(
                    beneficiary, of: notice, request: saved, today: today, now: now, configuration: configuration,
                    database: db)
            }
            if event == .completeDelivery {
                let subject = SurveyInviter.Subject(
                    scope: .service(saved.decision?.service ?? .cash), kind: "request", id: saved.id,
                    reference: saved.reference, branchID: saved.branchID, channel: saved.channel.rawValue,
                    staffID: actorID)
                try await SurveyInviter(database: db, configuration: configuration, now: now).invite(
                    beneficiary, about: subject)
            }
            saved.version += 1
            return saved
        }
    }

    /// Tells the applicant about a step of their request, in the same transaction as the step.
    static func notifyApplicant(
        _ beneficiary: Beneficiary, of notice: NotificationEvent, request saved: SupportRequest, today: GregorianDay,
        now: Date, configuration: AppConfiguration, database: any Database
    ) async throws {
        let strings = Strings(language: beneficiary.preferredLanguage)
        var occasion = Notifier.Occasion(
            reference: saved.reference, link: PortalURL.request(saved.id).path, relatedID: saved.id)
        switch notice {
        case .requestApproved, .serviceDelivered:
            occasion.day = today
        case .requestRejected:
            occasion.day = today
            let reasons = (saved.decision?.reasons ?? []).map(strings.rejectionReason)
            occasion.reasons = strings.list(reasons)
        default:
            occasion.day = saved.expectedResponseOn
        }
        try await Notifier(
            database: database, settings: configuration.notifications, timeZone: configuration.timeZone, now: now
        ).notify(beneficiary, of: notice, occasion)
    }

    /// Submits a draft and at once checks it: complete registration when nothing is missing,
    /// otherwise incomplete (waiting on the applicant, clock paused) with the list of what is missing.
    func submit(_ file: RequestFile, version: Int?) async throws -> SupportRequest {
        let now = request.now
        let today = self.today
        let submitted = try await apply(.submit, to: file, version: version, note: "") { request in
            request.submittedAt = now
            request.submittedOn = today
        }
        var reloaded = try await load(file.request.id)
        reloaded.request = submitted
        if problems(reloaded).isEmpty {
            return try await apply(.completeRegistration, to: reloaded, version: nil, note: "")
        }
        let missing = problems(reloaded).count
        _ = missing
        return try await apply(.markIncomplete, to: reloaded, version: nil, note: "")
    }

    /// After a document arrives for an incomplete request, complete its registration if nothing is missing now.
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
        let pauses = try await RequestTimelineRepository(database: request.db).pauses(of: file.request.id)
        guard let open = pauses.last(where: { $0.until == nil }) else { return nil }
        let workingDays = try await WorkingCalendarRepository(database: request.db).integerSetting(
            Self.workingDaysKey, fallback: ResponseClock.standardWorkingDays)
        let expected = ResponseClock.expectedResponseDay(
            submittedOn: submittedOn, workingDays: workingDays,
            calendar: try await WorkingCalendarRepository(database: request.db).workingCalendar(), pauses: pauses,
            today: today)
        return PausedClock(since: open.from, expectedIfAnsweredToday: expected)
    }

    static func problemCode(_ problem: IntakeProblem) -> String {
        switch problem {
        case .missingField(let key): return "missing field \(key)"
        case .missingDocument(let kind): return "missing \(kind.rawValue)"
        case .documentExpired(let kind, let day): return "\(kind.rawValue) expired \(day)"
        case .documentNotYetIssued(let kind): return "\(kind.rawValue) not yet issued"
        case .documentExpiryMissing(let kind): return "\(kind.rawValue) expiry missing"
        case .identityMismatch: return "identity mismatch"
        case .identityNotMatched: return "identity copy not matched"
        }
    }
}
