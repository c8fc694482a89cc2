import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// Reads and writes support requests: references, the request rows, lists and the applicants' names.
/// What hangs off a request has its own repository (types, the working calendar, documents, the
/// timeline, research reports, deliveries).
public struct RequestRepository: Sendable {
    let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    // MARK: Requests

    /// A new reference number, "R-1448-000123": the Hijri year of `day` and a running number.
    public func nextReference(on day: GregorianDay) async throws -> String {
        let number = try await Counters(database: database).next("request_reference")
        return "R-\(UmmAlQura.hijri(from: day).day.year)-" + String(format: "%06d", number)
    }

    /// Stores a new request.
    public func create(_ request: SupportRequest, at now: Date) async throws {
        let row = SupportRequestModel()
        row.id = request.id
        row.createdAt = now
        row.version = 1
        Self.copy(request, into: row, at: now)
        try await row.create(on: database)
        try await RequestSearchTermRow.insert([request], createdAt: [now], on: database)
    }

    /// Saves `request`, which was read at `request.version`; refuses when someone saved in between.
    public func update(_ request: SupportRequest, at now: Date) async throws {
        let sql = database as! any SQLDatabase
        let bumped = try await sql.update(SupportRequestModel.schema)
            .set("version", to: request.version + 1)
            .where("id", .equal, request.id)
            .where("version", .equal, request.version)
            .returning("id")
            .all()
        guard !bumped.isEmpty, let row = try await SupportRequestModel.find(request.id, on: database) else {
            throw RequestConflict.changedBySomeoneElse
        }
        // Every step of the workflow saves the request; only a change of its words re-indexes it.
        let stemsChanged =
            row.reference != request.reference || row.details != request.details
            || Self.decode([String: String].self, row.fieldValues) != request.fieldValues
        Self.copy(request, into: row, at: now)
        try await row.update(on: database)
        if stemsChanged { try await RequestSearchTermRow.replace(request, createdAt: row.createdAt, on: database) }
    }

    /// The request with this id.
    public func find(id: UUID) async throws -> SupportRequest? {
        try await SupportRequestModel.find(id, on: database).map(Self.request)
    }

    /// A page of requests matching `filter`, and whether more follow.
    public func list(_ filter: RequestFilter, page: Int, perPage: Int) async throws -> (
        rows: [RequestSummary], hasMore: Bool
    ) {
        let rows = try await self.page(
            filter, page: page, perPage: perPage, shape: RequestColumns.shape, read: RequestColumns.init)
        let names = try await applicantNames(Set(rows.prefix(perPage).map(\.beneficiaryID)))
        let summaries = rows.prefix(perPage).map { row in
            RequestSummary(
                request: Self.request(row), beneficiaryName: names[row.beneficiaryID]?.name ?? "",
                fileNumber: names[row.beneficiaryID]?.fileNumber ?? "")
        }
        return (Array(summaries), rows.count > perPage)
    }

    /// A page of the staff request list: the same requests as `list`, with only what a list line
    /// shows, the applicant's name and the type's names joined in: one query instead of a whole
    /// row per request and two more queries for the names (measured with `perf` on the lists).
    public func listItems(_ filter: RequestFilter, page: Int, perPage: Int) async throws -> (
        rows: [RequestListItem], hasMore: Bool
    ) {
        let rows = try await self.page(
            filter, page: page, perPage: perPage, shape: RequestListItem.shape, read: RequestListItem.init)
        return (Array(rows.prefix(perPage)), rows.count > perPage)
    }

    /// Up to `perPage + 1` rows matching `filter` (the words through the stems index), read with `read`.
    private func page<Row>(
        _ filter: RequestFilter, page: Int, perPage: Int, shape: RequestQueryShape, read: (any SQLRow) throws -> Row
    ) async throws -> [Row] {
        if let found = try await searchPage(
            filter.text, filter: filter, page: page, perPage: perPage, shape: shape, read: read)
        {
            return found
        }
        let requests = SupportRequestModel.schema
        let sql = database as! any SQLDatabase
        var select = sql.select().column(shape.selectList).from(requests)
        select.joins.append(contentsOf: shape.joins)
        select = Self.restrict(select, by: filter, table: requests)
        if filter.byDueDay {
            select = select.orderBy(SQLColumn("expected_response_on", table: requests), SQLDirection.ascending).orderBy(
                SQLColumn("created_at", table: requests), SQLDirection.ascending)
        } else {
            select = select.orderBy(SQLColumn("created_at", table: requests), SQLDirection.descending)
        }
        return try await select.limit(perPage + 1).offset(max(0, page - 1) * perPage).all().map(read)
    }

    /// `select` narrowed to `filter`'s conditions (all but the words), on columns of `table`.
    /// The open requests are asked for through `awaits_decision`, which the default list's index leads with.
    static func restrict(_ select: SQLSelectBuilder, by filter: RequestFilter, table: String) -> SQLSelectBuilder {
        var select = select
        func column(_ name: String) -> SQLColumn { SQLColumn(name, table: table) }
        let open = Set(RequestStatus.allCases.filter(\.awaitsDecision))
        if filter.statuses == open {
            select = select.where(column("awaits_decision"), .equal, SQLBind(true))
        } else if !filter.statuses.isEmpty {
            select = select.where(column("status"), .in, SQLBind.group(filter.statuses.map(\.rawValue).sorted()))
        }
        if let branchID = filter.branchID { select = select.where(column("branch_id"), .equal, SQLBind(branchID)) }
        if let branchID = filter.withinBranch {
            select = select.where(group: {
                $0.where(column("branch_id"), .equal, SQLBind(branchID)).orWhere(
                    column("branch_id"), .is, SQLLiteral.null)
            })
        }
        if let researcherID = filter.researcherID {
            select = select.where(column("researcher_id"), .equal, SQLBind(researcherID))
        }
        if let beneficiaryID = filter.beneficiaryID {
            select = select.where(column("beneficiary_id"), .equal, SQLBind(beneficiaryID))
        }
        if let day = filter.dueOnOrBefore {
            select = select.where(column("expected_response_on"), .lessThanOrEqual, SQLBind(day.description))
        }
        if let day = filter.dueOnOrAfter {
            select = select.where(column("expected_response_on"), .greaterThanOrEqual, SQLBind(day.description))
        }
        return select
    }

    /// The names (first, father, family) and file numbers of these beneficiaries, in one query.
    public func applicantNames(_ ids: Set<UUID>) async throws -> [UUID: (name: String, fileNumber: String)] {
        guard !ids.isEmpty else { return [:] }
        let sql = database as! any SQLDatabase
        let people = try await sql.select().columns("id", "first_name", "father_name", "family_name", "file_number")
            .from(BeneficiaryModel.schema)
            .where("id", .in, SQLBind.group(Array(ids))).all()
        var names: [UUID: (name: String, fileNumber: String)] = [:]
        for person in people {
            let name = [
                try person.decode(column: "first_name", as: String.self),
                try person.decode(column: "father_name", as: String.self),
                try person.decode(column: "family_name", as: String.self),
            ].joined(separator: " ")
            names[try person.decode(column: "id", as: UUID.self)] = (
                name, try person.decode(column: "file_number", as: String.self)
            )
        }
        return names
    }

    /// How many requests each researcher has in research now.
    public func researchWorkload() async throws -> [UUID: Int] {
        let rows = try await SupportRequestModel.query(on: database).filter(
            \.$status == RequestStatus.inResearch.rawValue
        ).filter(\.$researcherID != nil).all()
        return rows.reduce(into: [:]) { counts, row in counts[row.researcherID!, default: 0] += 1 }
    }

    // MARK: Timeline and pauses

    // MARK: Delivery

    // MARK: Mapping

    /// JSON text for the columns that hold lists; "[]" if encoding fails.
    public static func json<T: Encodable>(_ value: T) -> String {
        String(decoding: (try? JSONEncoder().encode(value)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(T.self, from: Data(text.utf8))
    }

    private static func copy(_ request: SupportRequest, into row: SupportRequestModel, at now: Date) {
        row.reference = request.reference
        row.beneficiaryID = request.beneficiaryID
        row.requestTypeID = request.typeID
        row.status = request.status.rawValue
        row.awaitsDecision = request.status.awaitsDecision
        row.channel = request.channel.rawValue
        row.branchID = request.branchID
        row.intakeStaffID = request.intakeStaffID
        row.fieldValues = json(request.fieldValues)
        row.details = request.details
        row.amountRequested = request.amountRequested.halalas
        row.submittedAt = request.submittedAt
        row.submittedOn = request.submittedOn?.description
        row.expectedResponseOn = request.expectedResponseOn?.description
        row.attestedAt = request.attestation?.attestedAt
        row.attestationVersion = request.attestation?.version
        row.attestationChannel = request.attestation?.channel.rawValue
        row.attestationDocumentID = request.attestation?.signedFormDocumentID
        row.researcherID = request.researcherID
        row.decision = request.decision.map { outcomeText($0.outcome) }
        row.decidedAt = request.decision?.decidedAt
        row.decisionService = request.decision?.service?.rawValue
        row.decisionAmount = request.decision?.amount.halalas
        row.decisionQuantity = request.decision?.quantity
        row.decisionReasons = request.decision.map { json($0.reasons) }
        row.decisionNote = request.decision?.note
        row.meetingID = request.decision?.meetingID
        row.updatedAt = now
    }

    private static func outcomeText(_ outcome: CommitteeOutcome) -> String {
        switch outcome {
        case .approved: return "approved"
        case .rejected: return "rejected"
        case .deferred: return "deferred"
        case .noQuorum: return "noQuorum"
        }
    }

    static func request(_ row: SupportRequestModel) -> SupportRequest {
        request(RequestColumns(row))
    }

    /// The domain value from a row's raw columns, however they were read.
    static func request(_ c: RequestColumns) -> SupportRequest {
        let attestation = c.attestedAt.map {
            Attestation(
                version: c.attestationVersion ?? "", attestedAt: $0,
                channel: c.attestationChannel.flatMap(ContactChannel.init(rawValue:)) ?? .interview,
                signedFormDocumentID: c.attestationDocumentID)
        }
        let decision: RequestDecision? = c.decidedAt.map { decidedAt in
            let outcome: CommitteeOutcome =
                ["approved": .approved, "rejected": .rejected, "deferred": .deferred][c.decision ?? ""] ?? .noQuorum
            return RequestDecision(
                outcome: outcome, decidedAt: decidedAt, service: c.decisionService.flatMap(ServiceKind.init(rawValue:)),
                amount: Money(halalas: c.decisionAmount ?? 0), quantity: c.decisionQuantity ?? "",
                reasons: decode([RejectionReason].self, c.decisionReasons) ?? [], note: c.decisionNote ?? "",
                meetingID: c.meetingID)
        }
        return SupportRequest(
            id: c.id, reference: c.reference, beneficiaryID: c.beneficiaryID, typeID: c.requestTypeID,
            status: RequestStatus(rawValue: c.status) ?? .draft,
            channel: ContactChannel(rawValue: c.channel) ?? .interview,
            branchID: c.branchID, intakeStaffID: c.intakeStaffID,
            fieldValues: decode([String: String].self, c.fieldValues) ?? [:],
            details: c.details, amountRequested: Money(halalas: c.amountRequested), submittedAt: c.submittedAt,
            submittedOn: c.submittedOn.flatMap(GregorianDay.init(iso:)),
            expectedResponseOn: c.expectedResponseOn.flatMap(GregorianDay.init(iso:)),
            attestation: attestation, researcherID: c.researcherID, decision: decision, version: c.version
        )
    }
}
