import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// Reads and writes support requests and everything attached to them.
public struct RequestRepository: Sendable {
    let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    // MARK: Types, holidays, settings

    /// Every request type in display order.
    public func types() async throws -> [RequestType] {
        try await RequestTypeModel.query(on: database).sort(\.$sortOrder).sort(\.$code).all().map(Self.type)
    }

    /// The type with this id.
    public func type(id: UUID) async throws -> RequestType? {
        try await RequestTypeModel.find(id, on: database).map(Self.type)
    }

    /// Whether another type uses `code`.
    public func typeCodeTaken(_ code: String, except id: UUID?) async throws -> Bool {
        var query = RequestTypeModel.query(on: database).filter(\.$code == code)
        if let id { query = query.filter(\.$id != id) }
        return try await query.count() > 0
    }

    /// Saves a new type or changes to one.
    public func save(_ type: RequestType) async throws {
        let row: RequestTypeModel
        if let existing = try await RequestTypeModel.find(type.id, on: database) {
            row = existing
        } else {
            row = RequestTypeModel()
            row.id = type.id
            row.sortOrder = try await RequestTypeModel.query(on: database).count() + 1
        }
        row.code = type.code
        row.nameArabic = type.nameArabic
        row.nameEnglish = type.nameEnglish
        row.descriptionArabic = type.descriptionArabic
        row.descriptionEnglish = type.descriptionEnglish
        row.requiredFields = Self.json(type.requiredFields)
        row.requiredDocuments = Self.json(type.requiredDocuments)
        row.eligibleCategories = Self.json(type.eligibleCategoryIDs.map { $0.uuidString.lowercased() }.sorted())
        row.serviceKinds = Self.json(type.serviceKinds)
        row.isActive = type.isActive
        try await row.save(on: database)
    }

    /// The holidays, in date order.
    public func holidays() async throws -> [(day: GregorianDay, name: String)] {
        try await HolidayModel.query(on: database).sort(\.$id).all().compactMap { row in
            GregorianDay(iso: row.id ?? "").map { ($0, row.name) }
        }
    }

    /// Adds holidays (a range of days under one name), skipping days already there.
    public func addHolidays(_ days: [GregorianDay], name: String) async throws {
        for day in days where try await HolidayModel.find(day.description, on: database) == nil {
            let row = HolidayModel()
            row.id = day.description
            row.name = name
            try await row.create(on: database)
        }
    }

    /// Removes a holiday.
    public func removeHoliday(_ day: GregorianDay) async throws {
        try await HolidayModel.query(on: database).filter(\.$id == day.description).delete()
    }

    /// The working calendar: the Saudi week and the holidays.
    public func workingCalendar() async throws -> WorkingCalendar {
        // Read on every form that computes a due day: the days alone, as plain text.
        let sql = database as! any SQLDatabase
        let days = try await sql.select().column("day").from(HolidayModel.schema).all().compactMap { GregorianDay(iso: try $0.decode(column: "day", as: String.self)) }
        return WorkingCalendar(holidays: Set(days))
    }

    /// An integer setting, or `fallback`.
    public func integerSetting(_ key: String, fallback: Int) async throws -> Int {
        try await SettingsRepository(database: database).value(key).flatMap(Int.init) ?? fallback
    }

    /// Stores an integer setting.
    public func setIntegerSetting(_ key: String, _ value: Int) async throws {
        try await SettingsRepository(database: database).set(key, to: String(value))
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
        let stemsChanged = row.reference != request.reference || row.details != request.details || Self.decode([String: String].self, row.fieldValues) != request.fieldValues
        Self.copy(request, into: row, at: now)
        try await row.update(on: database)
        if stemsChanged { try await RequestSearchTermRow.replace(request, createdAt: row.createdAt, on: database) }
    }

    /// The request with this id.
    public func find(id: UUID) async throws -> SupportRequest? {
        try await SupportRequestModel.find(id, on: database).map(Self.request)
    }

    /// A page of requests matching `filter`, and whether more follow.
    public func list(_ filter: RequestFilter, page: Int, perPage: Int) async throws -> (rows: [RequestSummary], hasMore: Bool) {
        let rows = try await self.page(filter, page: page, perPage: perPage, shape: RequestColumns.shape, read: RequestColumns.init)
        let names = try await applicantNames(Set(rows.prefix(perPage).map(\.beneficiaryID)))
        let summaries = rows.prefix(perPage).map { row in
            RequestSummary(request: Self.request(row), beneficiaryName: names[row.beneficiaryID]?.name ?? "", fileNumber: names[row.beneficiaryID]?.fileNumber ?? "")
        }
        return (Array(summaries), rows.count > perPage)
    }

    /// A page of the staff request list: the same requests as `list`, with only what a list line
    /// shows, the applicant's name and the type's names joined in: one query instead of a whole
    /// row per request and two more queries for the names (measured with `perf` on the lists).
    public func listItems(_ filter: RequestFilter, page: Int, perPage: Int) async throws -> (rows: [RequestListItem], hasMore: Bool) {
        let rows = try await self.page(filter, page: page, perPage: perPage, shape: RequestListItem.shape, read: RequestListItem.init)
        return (Array(rows.prefix(perPage)), rows.count > perPage)
    }

    /// Up to `perPage + 1` rows matching `filter` (the words through the stems index), read with `read`.
    private func page<Row>(_ filter: RequestFilter, page: Int, perPage: Int, shape: RequestQueryShape, read: (any SQLRow) throws -> Row) async throws -> [Row] {
        if let found = try await searchPage(filter.text, filter: filter, page: page, perPage: perPage, shape: shape, read: read) {
            return found
        }
        let requests = SupportRequestModel.schema
        let sql = database as! any SQLDatabase
        var select = sql.select().column(shape.selectList).from(requests)
        select.joins.append(contentsOf: shape.joins)
        select = Self.restrict(select, by: filter, table: requests)
        if filter.byDueDay {
            select = select.orderBy(SQLColumn("expected_response_on", table: requests), SQLDirection.ascending).orderBy(SQLColumn("created_at", table: requests), SQLDirection.ascending)
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
            select = select.where(group: { $0.where(column("branch_id"), .equal, SQLBind(branchID)).orWhere(column("branch_id"), .is, SQLLiteral.null) })
        }
        if let researcherID = filter.researcherID { select = select.where(column("researcher_id"), .equal, SQLBind(researcherID)) }
        if let beneficiaryID = filter.beneficiaryID { select = select.where(column("beneficiary_id"), .equal, SQLBind(beneficiaryID)) }
        if let day = filter.dueOnOrBefore { select = select.where(column("expected_response_on"), .lessThanOrEqual, SQLBind(day.description)) }
        if let day = filter.dueOnOrAfter { select = select.where(column("expected_response_on"), .greaterThanOrEqual, SQLBind(day.description)) }
        return select
    }

    /// The names (first, father, family) and file numbers of these beneficiaries, in one query.
    public func applicantNames(_ ids: Set<UUID>) async throws -> [UUID: (name: String, fileNumber: String)] {
        guard !ids.isEmpty else { return [:] }
        let sql = database as! any SQLDatabase
        let people = try await sql.select().columns("id", "first_name", "father_name", "family_name", "file_number").from(BeneficiaryModel.schema)
            .where("id", .in, SQLBind.group(Array(ids))).all()
        var names: [UUID: (name: String, fileNumber: String)] = [:]
        for person in people {
            let name = [try person.decode(column: "first_name", as: String.self), try person.decode(column: "father_name", as: String.self), try person.decode(column: "family_name", as: String.self)].joined(separator: " ")
            names[try person.decode(column: "id", as: UUID.self)] = (name, try person.decode(column: "file_number", as: String.self))
        }
        return names
    }

    /// How many requests each researcher has in research now.
    public func researchWorkload() async throws -> [UUID: Int] {
        let rows = try await SupportRequestModel.query(on: database).filter(\.$status == RequestStatus.inResearch.rawValue).filter(\.$researcherID != nil).all()
        return rows.reduce(into: [:]) { counts, row in counts[row.researcherID!, default: 0] += 1 }
    }

    // MARK: Documents

    /// Records an uploaded document; its content is already in the document store.
    public func addDocument(_ document: RequestDocument, uploadedBy: UUID?) async throws {
        let row = RequestDocumentModel()
        row.id = document.id
        row.requestID = document.requestID
        row.kind = document.kind.rawValue
        row.sha256 = document.sha256
        row.format = document.format.rawValue
        row.size = document.size
        row.originalName = document.originalName
        row.issuedOn = document.issuedOn?.description
        row.expiresOn = document.expiresOn?.description
        row.identityNumber = try database.protection.sealIfPresent(document.identityNumber, as: .identityNumber)
        row.uploadedBy = uploadedBy
        row.uploadedAt = document.uploadedAt
        try await row.create(on: database)
    }

    /// A request's documents, newest first.
    public func documents(of requestID: UUID) async throws -> [RequestDocument] {
        let protection = try database.protection
        return try await RequestDocumentModel.query(on: database).filter(\.$requestID == requestID).sort(\.$uploadedAt, .descending).all().map { try Self.document($0, protection: protection) }
    }

    /// One document.
    public func document(id: UUID) async throws -> RequestDocument? {
        let protection = try database.protection
        return try await RequestDocumentModel.find(id, on: database).map { try Self.document($0, protection: protection) }
    }

    // MARK: Timeline and pauses

    /// Records a step in the request's history.
    public func addEvent(requestID: UUID, event: String, from: RequestStatus?, to: RequestStatus, note: String, actorID: UUID?, actorName: String, at now: Date) async throws {
        let row = RequestEventModel()
        row.id = UUID()
        row.requestID = requestID
        row.event = event
        row.fromStatus = from?.rawValue
        row.toStatus = to.rawValue
        row.note = note
        row.actorID = actorID
        row.actorName = actorName
        row.occurredAt = now
        try await row.create(on: database)
    }

    /// The request's history, oldest first.
    public func events(of requestID: UUID) async throws -> [RequestEventRecord] {
        try await RequestEventModel.query(on: database).filter(\.$requestID == requestID).sort(\.$occurredAt).all().map { row in
            RequestEventRecord(event: row.event, fromStatus: row.fromStatus.flatMap(RequestStatus.init(rawValue:)), toStatus: RequestStatus(rawValue: row.toStatus) ?? .draft, note: row.note, actorName: row.actorName, occurredAt: row.occurredAt)
        }
    }

    /// The request's pauses, oldest first.
    public func pauses(of requestID: UUID) async throws -> [ClockPause] {
        try await ClockPauseModel.query(on: database).filter(\.$requestID == requestID).sort(\.$fromDay).all().compactMap { row in
            GregorianDay(iso: row.fromDay).map { ClockPause(from: $0, until: row.untilDay.flatMap(GregorianDay.init(iso:))) }
        }
    }

    /// Starts waiting on the applicant from `day`, unless already waiting.
    public func openPause(requestID: UUID, from day: GregorianDay) async throws {
        guard try await ClockPauseModel.query(on: database).filter(\.$requestID == requestID).filter(\.$untilDay == nil).count() == 0 else { return }
        let row = ClockPauseModel()
        row.id = UUID()
        row.requestID = requestID
        row.fromDay = day.description
        row.untilDay = nil
        try await row.create(on: database)
    }

    /// Stops waiting on the applicant on `day`.
    public func closePause(requestID: UUID, on day: GregorianDay) async throws {
        try await ClockPauseModel.query(on: database).filter(\.$requestID == requestID).filter(\.$untilDay == nil).set(\.$untilDay, to: day.description).update()
    }

    // MARK: Research

    /// Adds a research report.
    public func addResearchReport(_ report: ResearchReport, requestID: UUID, researcherID: UUID?) async throws {
        let row = ResearchReportModel()
        row.id = UUID()
        row.requestID = requestID
        row.researcherID = researcherID
        row.researcherName = report.researcherName
        row.kind = report.kind.rawValue
        row.visitedOn = report.visitedOn.description
        let protection = try database.protection
        row.findings = protection.seal(report.findings, as: .researchFindings)
        row.householdSituation = protection.seal(report.householdSituation, as: .householdSituation)
        row.recommendation = report.recommendsApproval ? "approve" : "reject"
        row.recommendedService = report.recommendedService?.rawValue
        row.recommendedAmount = report.recommendedAmount.halalas
        row.recommendedQuantity = report.recommendedQuantity
        row.needsTotal = report.updatedNeeds?.total
        row.needsLevel = report.updatedNeeds?.level.rawValue
        row.createdAt = report.createdAt
        try await row.create(on: database)
    }

    /// A request's research reports, newest first.
    public func researchReports(of requestID: UUID) async throws -> [ResearchReport] {
        let protection = try database.protection
        return try await ResearchReportModel.query(on: database).filter(\.$requestID == requestID).sort(\.$createdAt, .descending).all().map { row in
            var report = ResearchReport(kind: ResearchReport.Kind(rawValue: row.kind) ?? .officeAssessment, visitedOn: GregorianDay(iso: row.visitedOn) ?? GregorianDay(julianDayNumber: 0), findings: try protection.open(row.findings, as: .researchFindings), householdSituation: try protection.open(row.householdSituation, as: .householdSituation), recommendsApproval: row.recommendation == "approve", recommendedService: row.recommendedService.flatMap(ServiceKind.init(rawValue:)), recommendedAmount: Money(halalas: row.recommendedAmount), researcherName: row.researcherName, createdAt: row.createdAt)
            report.recommendedQuantity = row.recommendedQuantity ?? ""
            if let total = row.needsTotal, let level = row.needsLevel.flatMap(PriorityLevel.init(rawValue:)) {
                report.updatedNeeds = NeedsScoreSummary(total: total, level: level)
            }
            return report
        }
    }

    // MARK: Delivery

    /// Adds delivery records (one per instalment).
    public func addDeliveries(_ records: [DeliveryRecord], requestID: UUID, at now: Date) async throws {
        let protection = try database.protection
        for record in records {
            let row = ServiceDeliveryModel()
            row.id = record.id
            row.requestID = requestID
            row.kind = record.kind.rawValue
            row.amount = record.amount.halalas
            row.method = record.method?.rawValue
            row.iban = protection.sealIfPresent(record.iban?.value, as: .iban)
            row.reference = record.reference
            row.items = record.items
            row.referralTo = record.referralTo
            row.instalmentNumber = record.instalmentNumber
            row.instalmentCount = record.instalmentCount
            row.dueOn = record.dueOn.description
            row.deliveredAt = record.deliveredAt
            row.deliveredByName = record.deliveredByName
            row.acknowledgement = record.acknowledgement
            row.createdAt = now
            try await row.create(on: database)
        }
    }

    /// Marks one record delivered, with the beneficiary's acknowledgement.
    public func markDelivered(id: UUID, requestID: UUID, reference: String, acknowledgement: String, by staffID: UUID?, name: String, at now: Date) async throws -> Bool {
        guard let row = try await ServiceDeliveryModel.query(on: database).filter(\.$id == id).filter(\.$requestID == requestID).filter(\.$deliveredAt == nil).first() else { return false }
        row.deliveredAt = now
        row.deliveredBy = staffID
        row.deliveredByName = name
        row.acknowledgement = acknowledgement
        if !reference.isEmpty { row.reference = reference }
        try await row.update(on: database)
        return true
    }

    /// Documents that expire from `from` through `through`, with their request: (request, document, day).
    public func documentsExpiring(from: GregorianDay, through: GregorianDay, limit: Int) async throws -> [(requestID: UUID, documentID: UUID, expiresOn: GregorianDay)] {
        try await RequestDocumentModel.query(on: database)
            .filter(\.$expiresOn >= from.description).filter(\.$expiresOn <= through.description)
            .sort(\.$expiresOn).limit(limit).all()
            .compactMap { row in row.expiresOn.flatMap(GregorianDay.init(iso:)).map { (row.requestID, row.id!, $0) } }
    }

    /// Instalments not yet delivered that fall due from `from` through `through`, soonest first.
    public func undeliveredInstalments(dueFrom from: GregorianDay, through: GregorianDay, limit: Int) async throws -> [(requestID: UUID, deliveryID: UUID, dueOn: GregorianDay)] {
        try await ServiceDeliveryModel.query(on: database)
            .filter(\.$deliveredAt == nil)
            .filter(\.$dueOn >= from.description).filter(\.$dueOn <= through.description)
            .sort(\.$dueOn).limit(limit).all()
            .compactMap { row in GregorianDay(iso: row.dueOn).map { (row.requestID, row.id!, $0) } }
    }

    /// A request's delivery records by due day.
    public func deliveries(of requestID: UUID) async throws -> [DeliveryRecord] {
        let protection = try database.protection
        return try await ServiceDeliveryModel.query(on: database).filter(\.$requestID == requestID).sort(\.$dueOn).sort(\.$instalmentNumber).all().map { row in
            DeliveryRecord(id: row.id!, kind: ServiceKind(rawValue: row.kind) ?? .cash, amount: Money(halalas: row.amount), method: row.method.flatMap(PaymentMethod.init(rawValue:)), iban: try protection.openIfPresent(row.iban, as: .iban).map(IBAN.init(stored:)), reference: row.reference, items: row.items, referralTo: row.referralTo, instalmentNumber: row.instalmentNumber, instalmentCount: row.instalmentCount, dueOn: GregorianDay(iso: row.dueOn) ?? GregorianDay(julianDayNumber: 0), deliveredAt: row.deliveredAt, deliveredByName: row.deliveredByName, acknowledgement: row.acknowledgement)
        }
    }

    // MARK: Mapping

    /// JSON text for the columns that hold lists; "[]" if encoding fails.
    public static func json<T: Encodable>(_ value: T) -> String {
        String(decoding: (try? JSONEncoder().encode(value)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(T.self, from: Data(text.utf8))
    }

    private static func type(_ row: RequestTypeModel) -> RequestType {
        RequestType(
            id: row.id!, code: row.code, nameArabic: row.nameArabic, nameEnglish: row.nameEnglish,
            descriptionArabic: row.descriptionArabic, descriptionEnglish: row.descriptionEnglish,
            requiredFields: decode([RequestField].self, row.requiredFields) ?? [],
            requiredDocuments: decode([DocumentRequirement].self, row.requiredDocuments) ?? [],
            eligibleCategoryIDs: Set((decode([String].self, row.eligibleCategories) ?? []).compactMap(UUID.init(uuidString:))),
            serviceKinds: decode([ServiceKind].self, row.serviceKinds) ?? [], isActive: row.isActive
        )
    }

    private static func document(_ row: RequestDocumentModel, protection: DataProtection) throws -> RequestDocument {
        var document = RequestDocument(id: row.id!, kind: DocumentKind(rawValue: row.kind) ?? .other, sha256: row.sha256, format: DocumentFormat(rawValue: row.format) ?? .pdf, size: row.size, originalName: row.originalName, issuedOn: row.issuedOn.flatMap(GregorianDay.init(iso:)), expiresOn: row.expiresOn.flatMap(GregorianDay.init(iso:)), uploadedAt: row.uploadedAt, requestID: row.requestID)
        document.identityNumber = try protection.openIfPresent(row.identityNumber, as: .identityNumber)
        return document
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
        let attestation = c.attestedAt.map { Attestation(version: c.attestationVersion ?? "", attestedAt: $0, channel: c.attestationChannel.flatMap(ContactChannel.init(rawValue:)) ?? .interview, signedFormDocumentID: c.attestationDocumentID) }
        let decision: RequestDecision? = c.decidedAt.map { decidedAt in
            let outcome: CommitteeOutcome = ["approved": .approved, "rejected": .rejected, "deferred": .deferred][c.decision ?? ""] ?? .noQuorum
            return RequestDecision(outcome: outcome, decidedAt: decidedAt, service: c.decisionService.flatMap(ServiceKind.init(rawValue:)), amount: Money(halalas: c.decisionAmount ?? 0), quantity: c.decisionQuantity ?? "", reasons: decode([RejectionReason].self, c.decisionReasons) ?? [], note: c.decisionNote ?? "", meetingID: c.meetingID)
        }
        return SupportRequest(
            id: c.id, reference: c.reference, beneficiaryID: c.beneficiaryID, typeID: c.requestTypeID,
            status: RequestStatus(rawValue: c.status) ?? .draft, channel: ContactChannel(rawValue: c.channel) ?? .interview,
            branchID: c.branchID, intakeStaffID: c.intakeStaffID, fieldValues: decode([String: String].self, c.fieldValues) ?? [:],
            details: c.details, amountRequested: Money(halalas: c.amountRequested), submittedAt: c.submittedAt,
            submittedOn: c.submittedOn.flatMap(GregorianDay.init(iso:)), expectedResponseOn: c.expectedResponseOn.flatMap(GregorianDay.init(iso:)),
            attestation: attestation, researcherID: c.researcherID, decision: decision, version: c.version
        )
    }
}
