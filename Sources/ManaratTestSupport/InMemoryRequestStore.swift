import Foundation
import ManaratDomain
import ManaratPersistence

/// `RequestStore` in memory, for service tests that need no database. A change that throws
/// inside `audited` leaves nothing behind, as a rolled-back transaction would.
public actor InMemoryRequestStore: RequestStore {
    /// Everything the store holds, so a failed change can be undone whole.
    public struct State: Sendable {
        public var requests: [UUID: SupportRequest] = [:]
        public var types: [UUID: RequestType] = [:]
        public var beneficiaries: [UUID: Beneficiary] = [:]
        /// The identity numbers of each applicant's household.
        public var households: [UUID: Set<String>] = [:]
        public var staff: [UUID: StaffMember] = [:]
        public var declarations: [UUID: StaffDeclaration] = [:]
        public var documents: [RequestDocument] = []
        /// The bytes kept, by document id.
        public var files: [UUID: [UInt8]] = [:]
        public var reports: [UUID: [ResearchReport]] = [:]
        public var events: [UUID: [RequestEventRecord]] = [:]
        public var pauses: [UUID: [ClockPause]] = [:]
        public var deliveries: [UUID: [DeliveryRecord]] = [:]
        public var ratings: [UUID: ServiceRating] = [:]
        /// The recusals recorded: who, on which request, why.
        public var recusals: [(staffID: UUID, requestID: UUID, reason: String)] = []
        /// The messages written to applicants, oldest first.
        public var notices: [RequestNotice] = []
        /// The service surveys sent: to whom, about which request.
        public var surveys: [(beneficiaryID: UUID, requestID: UUID)] = []
        /// The audit entries written, oldest first.
        public var audit: [AuditEntry] = []
        public var submissions: [String: UUID] = [:]
        public var references = 0
        public var workingDays = ResponseClock.standardWorkingDays
        public var calendar = WorkingCalendar()
    }

    /// What the store holds now.
    public private(set) var state = State()
    private let assessmentStore: InMemoryAssessmentStore

    /// An empty store whose needs assessments are weighed with `weights`.
    public init(weights: NeedsWeights = .standard) {
        assessmentStore = InMemoryAssessmentStore(weights: weights)
    }

    /// Puts `file`'s request, type and applicant (with its documents, reports and household) in the store.
    public func add(_ file: RequestFile) {
        state.requests[file.request.id] = file.request
        state.types[file.type.id] = file.type
        state.beneficiaries[file.beneficiary.id] = file.beneficiary
        state.households[file.beneficiary.id] = file.householdIdentities
        state.documents += file.documents
        state.reports[file.request.id] = file.reports
    }

    /// Puts a staff member in the store, with their declaration.
    public func add(_ member: StaffMember, declaring relatives: Set<String> = [], ownIdentity: String? = nil) {
        state.staff[member.id] = member
        state.declarations[member.id] = StaffDeclaration(
            staffID: member.id, relativeIdentityNumbers: relatives, ownIdentityNumber: ownIdentity)
    }

    /// Sets a request type.
    public func add(_ type: RequestType) {
        state.types[type.id] = type
    }

    public func file(id: UUID) async throws -> RequestFile? {
        guard let request = state.requests[id], let type = state.types[request.typeID],
            let beneficiary = state.beneficiaries[request.beneficiaryID]
        else { return nil }
        return RequestFile(
            request: request, type: type, beneficiary: beneficiary,
            documents: state.documents.filter { $0.requestID == id },
            householdIdentities: state.households[beneficiary.id] ?? [],
            reports: state.reports[id] ?? [])
    }

    public func requestType(id: UUID) async throws -> RequestType? { state.types[id] }

    public func staffMember(id: UUID) async throws -> StaffMember? { state.staff[id] }

    public func nextReference(on day: GregorianDay) async throws -> String {
        state.references += 1
        return "R-\(UmmAlQura.hijri(from: day).day.year)-" + String(format: "%06d", state.references)
    }

    public func create(_ request: SupportRequest, at now: Date) async throws {
        state.requests[request.id] = request
    }

    public func update(_ request: SupportRequest, at now: Date) async throws {
        guard let stored = state.requests[request.id], stored.version == request.version else {
            throw RequestConflict.changedBySomeoneElse
        }
        var saved = request
        saved.version += 1
        state.requests[request.id] = saved
    }

    public func addEvent(
        requestID: UUID, event: RequestTimelineEvent, from: RequestStatus?, to: RequestStatus, note: String,
        actorID: UUID?, actorName: String, at now: Date
    ) async throws {
        state.events[requestID, default: []].append(
            RequestEventRecord(
                event: event, fromStatus: from, toStatus: to, note: note, actorName: actorName, occurredAt: now))
    }

    public func events(of requestID: UUID) async throws -> [RequestEventRecord] { state.events[requestID] ?? [] }

    public func pauses(of requestID: UUID) async throws -> [ClockPause] { state.pauses[requestID] ?? [] }

    public func openPause(requestID: UUID, from day: GregorianDay) async throws {
        guard !(state.pauses[requestID] ?? []).contains(where: { $0.until == nil }) else { return }
        state.pauses[requestID, default: []].append(ClockPause(from: day, until: nil))
    }

    public func closePause(requestID: UUID, on day: GregorianDay) async throws {
        state.pauses[requestID] = (state.pauses[requestID] ?? []).map {
            $0.until == nil ? ClockPause(from: $0.from, until: day) : $0
        }
    }

    public func addDocument(_ document: RequestDocument, bytes: [UInt8], uploadedBy: UUID?, at now: Date) async throws
        -> RequestDocument
    {
        var stored = document
        stored.sha256 = String(bytes.count)
        state.documents.append(stored)
        state.files[stored.id] = bytes
        return stored
    }

    public func addResearchReport(_ report: ResearchReport, requestID: UUID, researcherID: UUID?) async throws {
        state.reports[requestID, default: []].append(report)
    }

    public func deliveries(of requestID: UUID) async throws -> [DeliveryRecord] { state.deliveries[requestID] ?? [] }

    public func addDeliveries(_ records: [DeliveryRecord], requestID: UUID, at now: Date) async throws {
        state.deliveries[requestID, default: []] += records
    }

    public func markDelivered(
        id: UUID, requestID: UUID, reference: String, acknowledgement: String, by staffID: UUID?, name: String,
        at now: Date
    ) async throws -> Bool {
        guard let index = state.deliveries[requestID]?.firstIndex(where: { $0.id == id && $0.deliveredAt == nil })
        else { return false }
        state.deliveries[requestID]?[index].reference = reference
        state.deliveries[requestID]?[index].acknowledgement = acknowledgement
        state.deliveries[requestID]?[index].deliveredByName = name
        state.deliveries[requestID]?[index].deliveredAt = now
        return true
    }

    public func responseWorkingDays() async throws -> Int { state.workingDays }

    public func workingCalendar() async throws -> WorkingCalendar { state.calendar }

    public func declaration(of staffID: UUID) async throws -> StaffDeclaration {
        state.declarations[staffID]
            ?? StaffDeclaration(staffID: staffID, relativeIdentityNumbers: [], ownIdentityNumber: nil)
    }

    public func recordRecusal(staffID: UUID, requestID: UUID, action: String, reason: String, at now: Date)
        async throws
    {
        state.recusals.append((staffID, requestID, reason))
    }

    public nonisolated var assessments: any AssessmentStore { assessmentStore }

    public func rate(requestID: UUID, beneficiaryID: UUID, score: Int, comment: String, at now: Date) async throws
        -> Bool
    {
        guard state.ratings[requestID] == nil else { return false }
        state.ratings[requestID] = ServiceRating(score: score, comment: comment, createdAt: now)
        return true
    }

    public func rating(requestID: UUID) async throws -> ServiceRating? { state.ratings[requestID] }

    public func notify(_ notice: RequestNotice) async throws {
        state.notices.append(notice)
    }

    public func inviteToServiceSurvey(_ beneficiary: Beneficiary, about request: SupportRequest, staffID: UUID?)
        async throws
    {
        guard !state.surveys.contains(where: { $0.requestID == request.id }) else { return }
        state.surveys.append((beneficiary.id, request.id))
    }

    public func audited<T: Sendable>(
        _ entry: AuditEntry, _ change: @escaping @Sendable (any RequestStore) async throws -> T
    ) async throws -> T {
        let before = state
        do {
            let result = try await change(self)
            state.audit.append(entry)
            return result
        } catch {
            state = before
            throw error
        }
    }

    public func created(
        _ entry: AuditEntry, recordID: UUID, submission: String?,
        _ change: @escaping @Sendable (any RequestStore) async throws -> Void
    ) async throws -> UUID {
        if let submission, let earlier = state.submissions[submission] { return earlier }
        try await audited(entry, change)
        if let submission { state.submissions[submission] = recordID }
        return recordID
    }
}
