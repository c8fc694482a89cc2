import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Support requests at the staff desk: intake, documents, attestation, submission, referral,
/// research, hand-off to the committee, withdrawal, and document downloads.
struct RequestController {
    static let perPage = 25

    // MARK: Lists

    func list(_ request: Request) async throws -> Response {
        let view = (try? request.query.get(String.self, at: "view")) ?? "open"
        let page = max(1, min((try? request.query.get(Int.self, at: "page")) ?? 1, 10_000))
        let workflow = RequestWorkflow(request: request)
        let today = workflow.today
        let open: Set<RequestStatus> = Set(RequestStatus.allCases.filter(\.awaitsDecision))
        // Requests waiting on the applicant have their clock stopped: they are neither overdue nor due.
        let running = open.filter { !$0.pausesClock }
        var filter = RequestFilter(statuses: open, byDueDay: true)
        switch view {
        case "overdue":
            filter.statuses = running
            filter.dueOnOrBefore = today.adding(days: -1)
        case "due-soon":
            let calendar = try await request.workingCalendar()
            filter.statuses = running
            filter.dueOnOrAfter = today
            filter.dueOnOrBefore = calendar.adding(workingDays: 3, to: today)
        case "mine":
            filter.researcherID = request.staff?.id
            filter.statuses = [.inResearch]
        case "delivery": filter.statuses = [.approved, .inDelivery]
        case "all": filter = RequestFilter()
        default: break
        }
        let text = String(((try? request.query.get(String.self, at: "q")) ?? "").prefix(200))
        filter.text = text
        filter.withinBranch = request.staff.flatMap(BranchScope.confinement(of:))
        let result = try await RequestRepository(database: request.db).listItems(
            filter, page: page, perPage: Self.perPage)
        func pagePath(_ number: Int) -> String {
            StaffURL.requests.path(
                query: [("view", view)] + (text.isEmpty ? [] : [("q", text)]) + [("page", String(number))])
        }
        let model = RequestListPage.Model(
            view: view, query: text, rows: result.rows, page: page, previousPath: page > 1 ? pagePath(page - 1) : nil,
            nextPath: result.hasMore ? pagePath(page + 1) : nil)
        return .html(RequestListPage.render(model, context: PageContext(request: request)))
    }

    // MARK: Intake

    struct NewForm: Content {
        var typeID: String?
        var channel: String?
        var details: String?
        var amountRequested: String?
    }

    func showNew(_ request: Request) async throws -> Response {
        let beneficiary = try await BeneficiaryController().find(request)
        let chosen = (try? request.query.get(String.self, at: "type")).flatMap(UUID.init(uuidString:))
        return try await renderNew(
            request, beneficiary: beneficiary, typeID: chosen,
            form: NewForm(channel: ContactChannel.interview.rawValue), values: [:], errors: [], status: .ok)
    }

    func create(_ request: Request) async throws -> Response {
        let beneficiary = try await BeneficiaryController().find(request)
        let form = try request.content.decode(NewForm.self)
        let strings = request.strings
        guard let typeID = form.typeID.flatMap(UUID.init(uuidString:)),
            let type = try await RequestTypeRepository(database: request.db).type(id: typeID), type.isActive
        else {
            throw Abort(.badRequest)
        }
        var errors: [FieldError] = []
        if !type.isEligible(categories: beneficiary.categoryIDs) {
            errors.append(FieldError(field: "typeID", message: strings[.typeNotEligible]))
        }
        var values: [String: String] = [:]
        for field in type.requiredFields {
            let value = ((try? request.content.get(String.self, at: "field_" + field.key)) ?? "").trimmingCharacters(
                in: .whitespacesAndNewlines)
            values[field.key] = String(value.prefix(500))
        }
        let details = (form.details ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if details.isEmpty || details.count > 4000 {
            errors.append(FieldError(field: "details", message: strings[.fieldRequired]))
        }
        let amount = Money.parse(form.amountRequested ?? "")
        if amount == nil { errors.append(FieldError(field: "amountRequested", message: strings[.amountInvalid])) }
        guard errors.isEmpty, let amount else {
            return try await renderNew(
                request, beneficiary: beneficiary, typeID: typeID, form: form, values: values, errors: errors,
                status: .unprocessableEntity)
        }
        let workflow = RequestWorkflow(request: request)
        let staff = request.staff!
        let id = request.manarat.configuration.ids.next()
        let now = request.now
        let today = workflow.today
        let channel = form.channel.flatMap(ContactChannel.init(rawValue:)) ?? .interview
        let fieldValues = values
        let created = try await request.auditedCreation(
            recordID: id, action: .requestCreate, recordType: .request,
            summary: "draft \(type.code) for \(beneficiary.fileNumber) via \(channel.rawValue)"
        ) { db in
            let repository = RequestRepository(database: db)
            let reference = try await repository.nextReference(on: today)
            let draft = SupportRequest(
                id: id, reference: reference, beneficiaryID: beneficiary.id, typeID: type.id, status: .draft,
                channel: channel, branchID: staff.branchID ?? beneficiary.branchID, intakeStaffID: staff.id,
                fieldValues: fieldValues, details: details, amountRequested: amount, submittedAt: nil, submittedOn: nil,
                expectedResponseOn: nil, attestation: nil, researcherID: nil, decision: nil, version: 1)
            try await repository.create(draft, at: now)
            try await RequestTimelineRepository(database: db).addEvent(
                requestID: id, event: .recorded(.create), from: nil, to: .draft, note: "", actorID: staff.id,
                actorName: staff.displayName, at: now)
        }
        return request.redirect(to: StaffURL.request(created).path(query: [("saved", "1")]), redirectType: .normal)
    }

    private func renderNew(
        _ request: Request, beneficiary: Beneficiary, typeID: UUID?, form: NewForm, values: [String: String],
        errors: [FieldError], status: HTTPResponseStatus
    ) async throws -> Response {
        let types = try await RequestTypeRepository(database: request.db).types().filter(\.isActive)
        let model = RequestNewPage.Model(
            beneficiary: beneficiary, types: types, chosen: types.first { $0.id == typeID }, form: form, values: values,
            errors: errors)
        return .html(RequestNewPage.render(model, context: PageContext(request: request)), status: status)
    }

    // MARK: Completing a request's data

    struct EditForm: Content {
        var version: Int?
        var details: String?
        var amountRequested: String?
    }

    /// Only a request that has not gone to research can have its data completed at the desk:
    /// later, the research and the decision rest on what was attested.
    static let editableStatuses: Set<RequestStatus> = [.draft, .incomplete]

    func showEdit(_ request: Request) async throws -> Response {
        let file = try await RequestWorkflow(request: request).load(try requestID(request))
        guard Self.editableStatuses.contains(file.request.status) else {
            throw UserFacingRefusal(status: .conflict, message: request.strings[.actionNotAllowedNow])
        }
        let r = file.request
        return .html(
            RequestEditPage.render(
                .init(
                    file: file, values: r.fieldValues, details: r.details, amount: r.amountRequested.plain,
                    version: r.version, errors: []), context: PageContext(request: request)))
    }

    /// Saves the fields, description and amount (the applicant gave what was missing by phone,
    /// say), then checks the request again: an incomplete one whose data is now complete is registered.
    func saveEdit(_ request: Request) async throws -> Response {
        let workflow = RequestWorkflow(request: request)
        let file = try await workflow.load(try requestID(request))
        guard Self.editableStatuses.contains(file.request.status) else {
            throw UserFacingRefusal(status: .conflict, message: request.strings[.actionNotAllowedNow])
        }
        let form = try request.content.decode(EditForm.self)
        let strings = request.strings
        var errors: [FieldError] = []
        var values = file.request.fieldValues
        for field in file.type.requiredFields {
            let value = ((try? request.content.get(String.self, at: "field_" + field.key)) ?? "").trimmingCharacters(
                in: .whitespacesAndNewlines)
            values[field.key] = String(value.prefix(500))
        }
        let details = (form.details ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if details.isEmpty || details.count > 4000 {
            errors.append(FieldError(field: "details", message: strings[.fieldRequired]))
        }
        let amount = Money.parse(form.amountRequested ?? "")
        if amount == nil { errors.append(FieldError(field: "amountRequested", message: strings[.amountInvalid])) }
        let version = form.version ?? 0
        if errors.isEmpty, version != file.request.version {
            errors.append(FieldError(field: "details", message: strings[.changedBySomeoneElse]))
        }
        let page = RequestEditPage.Model(
            file: file, values: values, details: details, amount: form.amountRequested ?? "", version: version,
            errors: errors)
        guard errors.isEmpty, let amount else {
            let conflict = errors.contains { $0.message == strings[.changedBySomeoneElse] }
            return .html(
                RequestEditPage.render(page, context: PageContext(request: request)),
                status: conflict ? .conflict : .unprocessableEntity)
        }
        let staff = request.staff!
        try await workflow.guardConflict(file, staff: staff, action: "edit request data")
        var updated = file.request
        updated.fieldValues = values
        updated.details = details
        updated.amountRequested = amount
        let changed = updated
        let now = request.now
        do {
            try await request.audited(
                action: .requestEdit, recordType: .request, recordID: updated.id.uuidString,
                summary: "\(updated.reference): data completed at the desk"
            ) { db in
                let repository = RequestRepository(database: db)
                try await repository.update(changed, at: now)
                try await RequestTimelineRepository(database: db).addEvent(
                    requestID: changed.id, event: .recorded(.edit), from: changed.status, to: changed.status, note: "",
                    actorID: staff.id, actorName: staff.displayName, at: now)
            }
        } catch RequestConflict.changedBySomeoneElse {
            var stale = page
            stale.errors = [FieldError(field: "details", message: strings[.changedBySomeoneElse])]
            return .html(RequestEditPage.render(stale, context: PageContext(request: request)), status: .conflict)
        }
        try await workflow.recheck(file.request.id)
        return request.redirect(
            to: StaffURL.request(file.request.id).path(query: [("saved", "1")]), redirectType: .normal)
    }

    // MARK: The request page

    func show(_ request: Request) async throws -> Response {
        let id = try requestID(request)
        let file = try await RequestWorkflow(request: request).load(id)
        return try await RequestPage.respond(request, file: file, errors: [], status: .ok)
    }

    struct UploadForm: Content {
        var kind: String?
        var file: File?
        var issuedOn: String?
        var issuedOnCalendar: String?
        var expiresOn: String?
        var expiresOnCalendar: String?
        var identityNumber: String?
    }

    func uploadDocument(_ request: Request) async throws -> Response {
        let workflow = RequestWorkflow(request: request)
        let file = try await workflow.load(try requestID(request))
        let strings = request.strings
        let form = try request.content.decode(UploadForm.self)
        var errors: [FieldError] = []
        guard let kind = form.kind.flatMap(DocumentKind.init(rawValue:)) else { throw Abort(.badRequest) }
        if kind == .researchPhoto, !(request.staff?.roles.contains(.researcher) ?? false) { throw Abort(.forbidden) }
        if [.withdrawn, .rejected, .completed].contains(file.request.status) {
            errors.append(FieldError(field: "file", message: strings[.requestClosed]))
        }
        let issued = BeneficiaryForm.day(
            form.issuedOn, calendar: form.issuedOnCalendar, field: "issuedOn", required: false, strings: strings,
            errors: &errors)
        let expires = BeneficiaryForm.day(
            form.expiresOn, calendar: form.expiresOnCalendar, field: "expiresOn", required: false, strings: strings,
            errors: &errors)
        if let issued, let expires, expires < issued {
            errors.append(FieldError(field: "expiresOn", message: strings[.endBeforeStart]))
        }
        var printedIdentity: String?
        if kind == .identityCopy {
            printedIdentity = Uploads.printedIdentity(
                form.identityNumber, type: file.beneficiary.identity.type, strings: strings, errors: &errors)
        }
        let checked = Uploads.checked(
            form.file, field: "file", maximumBytes: request.manarat.configuration.uploadMaxBytes, strings: strings,
            errors: &errors)
        try await workflow.guardConflict(file, staff: request.staff!, action: "upload")
        guard errors.isEmpty, let (format, bytes) = checked else {
            return try await RequestPage.respond(request, file: file, errors: errors, status: .unprocessableEntity)
        }
        var document = RequestDocument(
            id: request.manarat.configuration.ids.next(), kind: kind, sha256: "", format: format, size: bytes.count,
            originalName: Uploads.displayName(form.file?.filename ?? ""), issuedOn: issued, expiresOn: expires,
            uploadedAt: request.now, requestID: file.request.id)
        document.identityNumber = printedIdentity
        let pendingDocument = document
        let now = request.now
        let staffID = request.staff?.id
        let staffName = request.staff?.displayName ?? ""
        try await request.audited(
            action: .requestDocumentUpload, recordType: .request, recordID: file.request.id.uuidString,
            summary: "\(file.request.reference): \(kind.rawValue) \(format.rawValue) \(bytes.count) bytes"
                + (expires.map { " expires \($0)" } ?? "")
        ) { db in
            let blob = try await DocumentStore(database: db).put(bytes, mimeType: format.mimeType, at: now)
            var stored = pendingDocument
            stored.sha256 = blob.sha256
            try await RequestDocumentRepository(database: db).addDocument(stored, uploadedBy: staffID)
            try await RequestTimelineRepository(database: db).addEvent(
                requestID: stored.requestID, event: .recorded(.document), from: file.request.status,
                to: file.request.status, note: kind.rawValue, actorID: staffID, actorName: staffName, at: now)
        }
        try await workflow.recheck(file.request.id)
        return request.redirect(
            to: StaffURL.request(file.request.id).path(query: [("saved", "1")]), redirectType: .normal)
    }

    struct AttestForm: Content {
        var confirmed: String?
        var channel: String?
        var signedForm: File?
    }

    func attest(_ request: Request) async throws -> Response {
        let workflow = RequestWorkflow(request: request)
        let file = try await workflow.load(try requestID(request))
        let strings = request.strings
        let form = try request.content.decode(AttestForm.self)
        var errors: [FieldError] = []
        if form.confirmed != "on" {
            errors.append(FieldError(field: "confirmed", message: strings[.attestationConfirmRequired]))
        }
        let channel = form.channel.flatMap(ContactChannel.init(rawValue:)) ?? .interview
        var checked: (ManaratDomain.DocumentFormat, [UInt8])?
        if channel != .website {
            // In person, the applicant signs the printed attestation; its scan is kept as proof.
            if form.signedForm == nil {
                errors.append(FieldError(field: "signedForm", message: strings[.signedFormRequired]))
            }
            checked = Uploads.checked(
                form.signedForm, field: "signedForm", required: false,
                maximumBytes: request.manarat.configuration.uploadMaxBytes, strings: strings, errors: &errors)
        }
        if file.request.attestation != nil {
            errors.append(FieldError(field: "confirmed", message: strings[.alreadyAttested]))
        }
        try await workflow.guardConflict(file, staff: request.staff!, action: "attest")
        guard errors.isEmpty else {
            return try await RequestPage.respond(request, file: file, errors: errors, status: .unprocessableEntity)
        }
        let now = request.now
        let staffID = request.staff?.id
        let staffName = request.staff?.displayName ?? ""
        let documentID = request.manarat.configuration.ids.next()
        let name = Uploads.displayName(form.signedForm?.filename ?? "")
        let signedForm = checked
        try await request.audited(
            action: .requestAttest, recordType: .request, recordID: file.request.id.uuidString,
            summary: "\(file.request.reference): attestation \(Attestation.currentVersion) via \(channel.rawValue)"
        ) { db in
            let repository = RequestRepository(database: db)
            var signedFormID: UUID?
            if let (format, bytes) = signedForm {
                let blob = try await DocumentStore(database: db).put(bytes, mimeType: format.mimeType, at: now)
                try await RequestDocumentRepository(database: db).addDocument(
                    RequestDocument(
                        id: documentID, kind: .signedAttestation, sha256: blob.sha256, format: format,
                        size: bytes.count, originalName: name, issuedOn: nil, expiresOn: nil, uploadedAt: now,
                        requestID: file.request.id), uploadedBy: staffID)
                signedFormID = documentID
            }
            var updated = file.request
            updated.attestation = Attestation(
                version: Attestation.currentVersion, attestedAt: now, channel: channel,
                signedFormDocumentID: signedFormID)
            try await repository.update(updated, at: now)
            try await RequestTimelineRepository(database: db).addEvent(
                requestID: updated.id, event: .recorded(.attest), from: updated.status, to: updated.status,
                note: channel.rawValue, actorID: staffID, actorName: staffName, at: now)
        }
        return request.redirect(
            to: StaffURL.request(file.request.id).path(query: [("saved", "1")]), redirectType: .normal)
    }

    // MARK: Moving the request

    struct ActionForm: Content {
        var version: Int?
        var note: String?
        var withdrawNote: String?
        var researcherID: String?
    }

    func submit(_ request: Request) async throws -> Response {
        try await act(request) { workflow, file, form in
            _ = try await workflow.submit(file, version: form.version)
        }
    }

    func refer(_ request: Request) async throws -> Response {
        try await act(request) { workflow, file, form in
            guard let researcherID = form.researcherID.flatMap(UUID.init(uuidString:)),
                let researcher = try await StaffRepository(database: request.db).find(id: researcherID),
                researcher.isActive, researcher.roles.contains(.researcher)
            else {
                throw FieldRefusal(field: "researcherID", key: .researcherRequired)
            }
            // The researcher must not be related to the case either.
            try await workflow.guardConflict(file, staff: researcher, action: "assigned researcher")
            let note = String((form.note ?? "").prefix(1000))
            try await workflow.apply(
                .referToResearch, to: file, version: form.version,
                note: researcher.displayName + (note.isEmpty ? "" : " — " + note)
            ) { request in
                request.researcherID = researcher.id
            }
        }
    }

    struct ResearchForm: Content {
        var version: Int?
        var reportKind: String?
        var visitedOn: String?
        var visitedOnCalendar: String?
        var findings: String?
        var householdSituation: String?
        var recommendation: String?
        var recommendedService: String?
        var recommendedAmount: String?
        var recommendedQuantity: String?
    }

    func research(_ request: Request) async throws -> Response {
        let workflow = RequestWorkflow(request: request)
        let file = try await workflow.load(try requestID(request))
        let strings = request.strings
        let form = try request.content.decode(ResearchForm.self)
        guard let staff = request.staff else { throw Abort(.forbidden) }
        guard file.request.status == .inResearch, file.request.researcherID == staff.id else {
            return try await RequestPage.respond(
                request, file: file, errors: [FieldError(field: "findings", message: strings[.notYourResearch])],
                status: .forbidden)
        }
        try await workflow.guardConflict(file, staff: staff, action: "research report")
        var errors: [FieldError] = []
        let visited = BeneficiaryForm.day(
            form.visitedOn, calendar: form.visitedOnCalendar, field: "visitedOn", required: true, strings: strings,
            errors: &errors)
        if let visited, visited > workflow.today {
            errors.append(FieldError(field: "visitedOn", message: strings[.dateInFuture]))
        }
        let findings = (form.findings ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if findings.isEmpty || findings.count > 6000 {
            errors.append(FieldError(field: "findings", message: strings[.fieldRequired]))
        }
        let situation = String((form.householdSituation ?? "").prefix(4000))
        guard let recommendation = form.recommendation, ["approve", "reject"].contains(recommendation) else {
            throw Abort(.badRequest)
        }
        let amount = Money.parse(form.recommendedAmount ?? "")
        if amount == nil { errors.append(FieldError(field: "recommendedAmount", message: strings[.amountInvalid])) }
        // The report carries the needs assessment as the researcher verified it on the visit.
        let needsForm = try request.content.decode(NeedsForm.self)
        let (factors, needsProblems) = needsForm.parsed()
        errors += NeedsText(strings: strings).errors(needsProblems)
        guard errors.isEmpty, let visited, let amount else {
            return try await RequestPage.respond(
                request, file: file, errors: errors, status: .unprocessableEntity, needsForm: needsForm)
        }
        let weights = try await AssessmentRepository(database: request.db).weights()
        let score = NeedsAssessment.score(factors, weights: weights)
        var report = ResearchReport(
            kind: form.reportKind.flatMap(ResearchReport.Kind.init(rawValue:)) ?? .homeVisit, visitedOn: visited,
            findings: findings, householdSituation: situation, recommendsApproval: recommendation == "approve",
            recommendedService: form.recommendedService.flatMap(ServiceKind.init(rawValue:)), recommendedAmount: amount,
            researcherName: staff.displayName, createdAt: request.now)
        report.recommendedQuantity = String(
            (form.recommendedQuantity ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
        report.updatedNeeds = NeedsScoreSummary(total: score.total, level: score.level)
        let now = request.now
        let finalReport = report
        try await request.audited(
            action: .requestResearchReport, recordType: .request, recordID: file.request.id.uuidString,
            summary:
                "\(file.request.reference): \(finalReport.kind.rawValue), recommends \(recommendation), needs score \(score.total) \(score.level.rawValue)"
        ) { db in
            try await AssessmentRepository(database: db).add(
                beneficiaryID: file.beneficiary.id, factors: factors, weights: weights, score: score,
                assessedBy: staff.id, assessedByName: staff.displayName, at: now)
            try await ResearchReportRepository(database: db).addResearchReport(
                finalReport, requestID: file.request.id, researcherID: staff.id)
            try await RequestTimelineRepository(database: db).addEvent(
                requestID: file.request.id, event: .recorded(.research), from: file.request.status,
                to: file.request.status, note: finalReport.kind.rawValue, actorID: staff.id,
                actorName: staff.displayName, at: now)
        }
        return request.redirect(
            to: StaffURL.request(file.request.id).path(query: [("saved", "1")]), redirectType: .normal)
    }

    struct VisitForm: Content {
        var visitOn: String?
        var visitOnCalendar: String?
    }

    /// The assigned researcher sets the day of the home visit; the applicant hears of it at once
    /// (the portal timeline and their channel), so they are home and need not ask.
    func scheduleVisit(_ request: Request) async throws -> Response {
        let workflow = RequestWorkflow(request: request)
        let file = try await workflow.load(try requestID(request))
        let strings = request.strings
        guard let staff = request.staff else { throw Abort(.forbidden) }
        guard RequestPage.mayWriteReport(file.request, staff: staff) else {
            return try await RequestPage.respond(
                request, file: file, errors: [FieldError(field: "visitOn", message: strings[.notYourResearch])],
                status: .forbidden)
        }
        try await workflow.guardConflict(file, staff: staff, action: "schedule visit")
        let form = try request.content.decode(VisitForm.self)
        var errors: [FieldError] = []
        let day = BeneficiaryForm.day(
            form.visitOn, calendar: form.visitOnCalendar, field: "visitOn", required: true, strings: strings,
            errors: &errors)
        if let day, day < workflow.today {
            errors.append(FieldError(field: "visitOn", message: strings[.visitDayInPast]))
        }
        guard errors.isEmpty, let day else {
            return try await RequestPage.respond(request, file: file, errors: errors, status: .unprocessableEntity)
        }
        let now = request.now
        let configuration = request.manarat.configuration
        let beneficiary = file.beneficiary
        let saved = file.request
        try await request.audited(
            action: .requestVisitScheduled, recordType: .request, recordID: saved.id.uuidString,
            summary: "\(saved.reference): home visit on \(day)"
        ) { db in
            try await RequestTimelineRepository(database: db).addEvent(
                requestID: saved.id, event: .recorded(.visitScheduled), from: saved.status, to: saved.status,
                note: day.description, actorID: staff.id, actorName: staff.displayName, at: now)
            var occasion = Notifier.Occasion(
                reference: saved.reference, link: PortalURL.request(saved.id).path, relatedID: saved.id)
            occasion.day = day
            try await Notifier(
                database: db, settings: configuration.notifications, timeZone: configuration.timeZone, now: now
            ).notify(beneficiary, of: .visitScheduled, occasion)
        }
        return request.redirect(to: StaffURL.request(saved.id).path(query: [("saved", "1")]), redirectType: .normal)
    }

    func sendToCommittee(_ request: Request) async throws -> Response {
        try await act(request) { workflow, file, form in
            // A request the committee deferred goes back to it the same way, once it is ready again.
            let event: RequestEvent = file.request.status == .deferred ? .returnToCommittee : .sendToCommittee
            try await workflow.apply(
                event, to: file, version: form.version, note: String((form.note ?? "").prefix(1000)))
        }
    }

    func withdraw(_ request: Request) async throws -> Response {
        try await act(request) { workflow, file, form in
            let note = (form.withdrawNote ?? form.note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !note.isEmpty else { throw FieldRefusal(field: "withdrawNote", key: .withdrawReasonRequired) }
            try await workflow.apply(.withdraw, to: file, version: form.version, note: String(note.prefix(1000)))
        }
    }

    /// Runs one action on the request and turns every refusal into the request page with its message.
    private func act(_ request: Request, _ body: (RequestWorkflow, RequestFile, ActionForm) async throws -> Void)
        async throws -> Response
    {
        let workflow = RequestWorkflow(request: request)
        let file = try await workflow.load(try requestID(request))
        let form = try request.content.decode(ActionForm.self)
        do {
            try await body(workflow, file, form)
        } catch let refusal as FieldRefusal {
            return try await RequestPage.respond(
                request, file: file, errors: [FieldError(field: refusal.field, message: request.strings[refusal.key])],
                status: .unprocessableEntity)
        } catch {
            if let message = RequestPage.message(for: error, strings: request.strings) {
                return try await RequestPage.respond(
                    request, file: try await workflow.load(file.request.id),
                    errors: [FieldError(field: "action", message: message)], status: RequestPage.status(for: error))
            }
            throw error
        }
        return request.redirect(
            to: StaffURL.request(file.request.id).path(query: [("saved", "1")]), redirectType: .normal)
    }

    // MARK: Download

    func download(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.documentID, as: UUID.self),
            let document = try await RequestDocumentRepository(database: request.db).document(id: id),
            let owner = try await RequestRepository(database: request.db).find(id: document.requestID)
        else {
            throw Abort(.notFound)
        }
        try await request.audited(
            action: .documentDownload, recordType: .request, recordID: owner.id.uuidString,
            summary: "\(owner.reference): \(document.kind.rawValue)"
        ) { _ in }
        return try await Uploads.download(
            request, sha256: document.sha256, mimeType: document.format.mimeType,
            filename: "\(owner.reference)-\(document.kind.rawValue).\(document.format.fileExtension)")
    }

    func requestID(_ request: Request) throws -> UUID {
        guard let id = request.parameter(.requestID, as: UUID.self) else { throw Abort(.notFound) }
        return id
    }
}
