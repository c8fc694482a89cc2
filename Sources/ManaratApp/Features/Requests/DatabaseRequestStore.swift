import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

/// The request workflow's store in the database: the request repositories, the notifier and the
/// survey inviter over one connection, and the audit log written by `audited` in the change's
/// transaction. It lives in the app because messages are written by the app's notifier.
struct DatabaseRequestStore: RequestStore {
    /// The connection, or the transaction inside `audited`.
    var database: any Database
    /// Who acts, for the audit log.
    let actor: AuditActor
    /// The moment of the change.
    let now: Date
    /// The notification settings, time zone and ids.
    let configuration: AppConfiguration
    /// The instance's working-calendar cache, when there is one.
    var calendarCache: CalendarCache?

    func file(id: UUID) async throws -> RequestFile? {
        try await RequestFileRepository(database: database).file(id: id)
    }

    func requestType(id: UUID) async throws -> RequestType? {
        try await RequestTypeRepository(database: database).type(id: id)
    }

    func staffMember(id: UUID) async throws -> StaffMember? {
        try await StaffRepository(database: database).find(id: id)
    }

    func nextReference(on day: GregorianDay) async throws -> String {
        try await RequestRepository(database: database).nextReference(on: day)
    }

    func create(_ request: SupportRequest, at now: Date) async throws {
        try await RequestRepository(database: database).create(request, at: now)
    }

    func update(_ request: SupportRequest, at now: Date) async throws {
        try await RequestRepository(database: database).update(request, at: now)
    }

    func addEvent(
        requestID: UUID, event: RequestTimelineEvent, from: RequestStatus?, to: RequestStatus, note: String,
        actorID: UUID?, actorName: String, at now: Date
    ) async throws {
        try await RequestTimelineRepository(database: database).addEvent(
            requestID: requestID, event: event, from: from, to: to, note: note, actorID: actorID, actorName: actorName,
            at: now)
    }

    func events(of requestID: UUID) async throws -> [RequestEventRecord] {
        try await RequestTimelineRepository(database: database).events(of: requestID)
    }

    func pauses(of requestID: UUID) async throws -> [ClockPause] {
        try await RequestTimelineRepository(database: database).pauses(of: requestID)
    }

    func openPause(requestID: UUID, from day: GregorianDay) async throws {
        try await RequestTimelineRepository(database: database).openPause(requestID: requestID, from: day)
    }

    func closePause(requestID: UUID, on day: GregorianDay) async throws {
        try await RequestTimelineRepository(database: database).closePause(requestID: requestID, on: day)
    }

    func addDocument(_ document: RequestDocument, bytes: [UInt8], uploadedBy: UUID?, at now: Date) async throws
        -> RequestDocument
    {
        let blob = try await DocumentStore(database: database).put(bytes, mimeType: document.format.mimeType, at: now)
        var stored = document
        stored.sha256 = blob.sha256
        try await RequestDocumentRepository(database: database).addDocument(stored, uploadedBy: uploadedBy)
        return stored
    }

    func addResearchReport(_ report: ResearchReport, requestID: UUID, researcherID: UUID?) async throws {
        try await ResearchReportRepository(database: database).addResearchReport(
            report, requestID: requestID, researcherID: researcherID)
    }

    func deliveries(of requestID: UUID) async throws -> [DeliveryRecord] {
        try await DeliveryRepository(database: database).deliveries(of: requestID)
    }

    func addDeliveries(_ records: [DeliveryRecord], requestID: UUID, at now: Date) async throws {
        try await DeliveryRepository(database: database).addDeliveries(records, requestID: requestID, at: now)
    }

    func markDelivered(
        id: UUID, requestID: UUID, reference: String, acknowledgement: String, by staffID: UUID?, name: String,
        at now: Date
    ) async throws -> Bool {
        try await DeliveryRepository(database: database).markDelivered(
            id: id, requestID: requestID, reference: reference, acknowledgement: acknowledgement, by: staffID,
            name: name, at: now)
    }

    func responseWorkingDays() async throws -> Int {
        try await WorkingCalendarRepository(database: database).integerSetting(
            RequestSettingKey.responseWorkingDays, fallback: ResponseClock.standardWorkingDays)
    }

    func workingCalendar() async throws -> WorkingCalendar {
        if let calendarCache { return try await calendarCache.calendar(on: database) }
        return try await WorkingCalendarRepository(database: database).workingCalendar()
    }

    func declaration(of staffID: UUID) async throws -> StaffDeclaration {
        try await ConflictRepository(database: database).declaration(of: staffID)
    }

    func recordRecusal(staffID: UUID, requestID: UUID, action: String, reason: String, at now: Date) async throws {
        try await ConflictRepository(database: database).recordRecusal(
            staffID: staffID, requestID: requestID, action: action, reason: reason, at: now)
    }

    var assessments: any AssessmentStore { AssessmentRepository(database: database) }

    func rate(requestID: UUID, beneficiaryID: UUID, score: Int, comment: String, at now: Date) async throws -> Bool {
        try await PortalRepository(database: database).rate(
            requestID: requestID, beneficiaryID: beneficiaryID, score: score, comment: comment, at: now)
    }

    func rating(requestID: UUID) async throws -> ServiceRating? {
        try await PortalRepository(database: database).rating(requestID: requestID)
    }

    func notify(_ notice: RequestNotice) async throws {
        let strings = Strings(language: notice.beneficiary.preferredLanguage)
        var occasion = Notifier.Occasion(
            reference: notice.request.reference, link: PortalURL.request(notice.request.id).path,
            relatedID: notice.request.id)
        occasion.day = notice.day
        if !notice.reasons.isEmpty { occasion.reasons = strings.list(notice.reasons.map(strings.rejectionReason)) }
        try await Notifier(
            database: database, settings: configuration.notifications, timeZone: configuration.timeZone, now: now
        ).notify(notice.beneficiary, of: notice.event, occasion)
    }

    func inviteToServiceSurvey(_ beneficiary: Beneficiary, about request: SupportRequest, staffID: UUID?) async throws {
        let subject = SurveyInviter.Subject(
            scope: .service(request.decision?.service ?? .cash), kind: "request", id: request.id,
            reference: request.reference, branchID: request.branchID, channel: request.channel.rawValue,
            staffID: staffID)
        try await SurveyInviter(database: database, configuration: configuration, now: now).invite(
            beneficiary, about: subject)
    }

    func audited<T: Sendable>(
        _ entry: AuditEntry, _ change: @escaping @Sendable (any RequestStore) async throws -> T
    ) async throws -> T {
        let event = actor.event(entry)
        let store = self
        return try await database.writeTransaction { transaction in
            let result = try await change(store.on(transaction))
            try await AuditLog(database: transaction).append(event, at: store.now)
            return result
        }
    }

    func created(
        _ entry: AuditEntry, recordID: UUID, submission: String?,
        _ change: @escaping @Sendable (any RequestStore) async throws -> Void
    ) async throws -> UUID {
        let event = actor.event(entry)
        let store = self
        return try await database.writeTransaction { transaction in
            if let submission,
                let earlier = try await Submissions(database: transaction).claim(
                    submission, recordID: recordID, at: store.now)
            {
                return earlier
            }
            try await change(store.on(transaction))
            try await AuditLog(database: transaction).append(event, at: store.now)
            return recordID
        }
    }

    /// The same store on `transaction`.
    private func on(_ transaction: any Database) -> Self {
        var copy = self
        copy.database = transaction
        return copy
    }
}
