import Foundation
import ManaratDomain

/// What the support-request workflow reads and writes: the request with its file, its history
/// and clock pauses, its documents, research reports and deliveries, the response clock's
/// settings, the staff's declarations, and the messages a step sends. `DatabaseRequestStore` (in
/// the app, because the messages are written by its notifier) keeps them in the database; the
/// service tests keep them in memory.
public protocol RequestStore: Sendable {
    /// The request `id` with its type, applicant, documents, household and reports.
    func file(id: UUID) async throws -> RequestFile?
    /// A request type.
    func requestType(id: UUID) async throws -> RequestType?
    /// A staff member, to check the researcher a request is referred to.
    func staffMember(id: UUID) async throws -> StaffMember?
    /// The next free reference for a request created on `day`.
    func nextReference(on day: GregorianDay) async throws -> String
    /// Saves a new request.
    func create(_ request: SupportRequest, at now: Date) async throws
    /// Saves `request`, read at `request.version`; throws `RequestConflict` when someone saved in between.
    func update(_ request: SupportRequest, at now: Date) async throws
    /// Records a step in the request's history.
    func addEvent(
        requestID: UUID, event: RequestTimelineEvent, from: RequestStatus?, to: RequestStatus, note: String,
        actorID: UUID?, actorName: String, at now: Date) async throws
    /// The request's history, oldest first.
    func events(of requestID: UUID) async throws -> [RequestEventRecord]
    /// The pauses of the request's clock, oldest first.
    func pauses(of requestID: UUID) async throws -> [ClockPause]
    /// Stops the clock from `day`.
    func openPause(requestID: UUID, from day: GregorianDay) async throws
    /// Starts the clock again on `day`.
    func closePause(requestID: UUID, on day: GregorianDay) async throws
    /// Keeps `bytes` and records `document` over them; returns the document with its digest.
    @discardableResult
    func addDocument(_ document: RequestDocument, bytes: [UInt8], uploadedBy: UUID?, at now: Date) async throws
        -> RequestDocument
    /// Records a research report.
    func addResearchReport(_ report: ResearchReport, requestID: UUID, researcherID: UUID?) async throws
    /// The request's deliveries, by instalment.
    func deliveries(of requestID: UUID) async throws -> [DeliveryRecord]
    /// Schedules deliveries.
    func addDeliveries(_ records: [DeliveryRecord], requestID: UUID, at now: Date) async throws
    /// Marks one delivery of the request delivered; false when there is no such delivery.
    func markDelivered(
        id: UUID, requestID: UUID, reference: String, acknowledgement: String, by staffID: UUID?, name: String,
        at now: Date
    ) async throws -> Bool
    /// The working days the association takes to answer.
    func responseWorkingDays() async throws -> Int
    /// The working-day calendar (weekends and holidays).
    func workingCalendar() async throws -> WorkingCalendar
    /// The staff member's conflict-of-interest declaration.
    func declaration(of staffID: UUID) async throws -> StaffDeclaration
    /// Records that a staff member was kept from acting on a request.
    func recordRecusal(staffID: UUID, requestID: UUID, action: String, reason: String, at now: Date) async throws
    /// The needs assessments, which a research report updates.
    var assessments: any AssessmentStore { get }
    /// Records the applicant's rating of the service; false when the request was rated already.
    func rate(requestID: UUID, beneficiaryID: UUID, score: Int, comment: String, at now: Date) async throws -> Bool
    /// The applicant's rating of the service, once given.
    func rating(requestID: UUID) async throws -> ServiceRating?
    /// Writes a message to the applicant.
    func notify(_ notice: RequestNotice) async throws
    /// Invites the applicant to rate the service delivered on `request`, once.
    func inviteToServiceSurvey(_ beneficiary: Beneficiary, about request: SupportRequest, staffID: UUID?)
        async throws
    /// Runs `change` and appends `entry` to the audit log in one write transaction.
    func audited<T: Sendable>(
        _ entry: AuditEntry, _ change: @escaping @Sendable (any RequestStore) async throws -> T
    ) async throws -> T
    /// `audited`, for a change that creates the record `recordID` from a form carrying the
    /// idempotency key `submission`: a second submission of the same form changes nothing and
    /// returns the id the first one created.
    func created(
        _ entry: AuditEntry, recordID: UUID, submission: String?,
        _ change: @escaping @Sendable (any RequestStore) async throws -> Void
    ) async throws -> UUID
}
