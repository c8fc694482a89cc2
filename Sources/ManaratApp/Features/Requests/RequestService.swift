import Foundation
import ManaratDomain
import ManaratPersistence

/// What the request pages do, at the desk and in the portal, given the workflow (its store, its
/// actor and the moment) and, with each call, the ids it may give; it holds no HTTP request.
/// A refusal people should read is thrown as `RequestProblems`.
struct RequestService: Sendable {
    let workflow: RequestWorkflow

    /// Statuses whose data can still be completed at the desk or in the portal: later, the
    /// research and the decision rest on what was attested.
    static let editableStatuses: Set<RequestStatus> = [.draft, .incomplete]

    private var store: any RequestStore { workflow.store }
    private var now: Date { workflow.now }

    // MARK: Intake

    /// Creates a draft of `type` for `beneficiary` with `data`, as `id`; a second submission of
    /// the same form (`submission`) creates nothing and returns the first one's id.
    func createDraft(
        of type: RequestType, for beneficiary: Beneficiary, data: RequestData, id: UUID, submission: String?
    ) async throws -> UUID {
        let (now, today, actor) = (self.now, workflow.today, workflow.actor)
        let staff = actor.staff
        let channel: ContactChannel = staff == nil ? .website : data.channel
        let summary =
            staff == nil
            ? "draft \(type.code) from the portal"
            : "draft \(type.code) for \(beneficiary.fileNumber) via \(channel.rawValue)"
        return try await store.created(
            AuditEntry(action: .requestCreate, recordType: .request, recordID: id.uuidString, summary: summary),
            recordID: id, submission: submission
        ) { store in
            let draft = SupportRequest(
                id: id, reference: try await store.nextReference(on: today), beneficiaryID: beneficiary.id,
                typeID: type.id, status: .draft, channel: channel,
                branchID: staff.map { $0.branchID ?? beneficiary.branchID } ?? beneficiary.branchID,
                intakeStaffID: staff?.id, fieldValues: data.values, details: data.details,
                amountRequested: data.amount, submittedAt: nil, submittedOn: nil, expectedResponseOn: nil,
                attestation: nil, researcherID: nil, decision: nil, version: 1)
            try await store.create(draft, at: now)
            try await store.addEvent(
                requestID: id, event: .recorded(.create), from: nil, to: .draft, note: "", actorID: actor.id,
                actorName: actor.name, at: now)
        }
    }

    /// Completes a request's data at the desk (the applicant gave what was missing by phone, say),
    /// then checks it again: an incomplete one whose data is now complete is registered.
    func completeData(_ data: RequestData, of file: RequestFile, readAt version: Int) async throws {
        guard version == file.request.version else { throw RequestProblems([.changedBySomeoneElse]) }
        try await workflow.mayAct(on: file, action: "edit request data")
        var updated = file.request
        updated.fieldValues = file.request.fieldValues.merging(data.values) { _, typed in typed }
        updated.details = data.details
        updated.amountRequested = data.amount
        let (changed, now, actor) = (updated, self.now, workflow.actor)
        do {
            try await store.audited(
                AuditEntry(
                    action: .requestEdit, recordType: .request, recordID: changed.id.uuidString,
                    summary: "\(changed.reference): data completed at the desk")
            ) { store in
                try await store.update(changed, at: now)
                try await store.addEvent(
                    requestID: changed.id, event: .recorded(.edit), from: changed.status, to: changed.status,
                    note: "", actorID: actor.id, actorName: actor.name, at: now)
            }
        } catch RequestConflict.changedBySomeoneElse {
            throw RequestProblems([.changedBySomeoneElse])
        }
        try await workflow.recheck(file.request.id)
    }

    /// Saves the applicant's draft as edited in the portal.
    func saveDraft(_ data: RequestData, of file: RequestFile, readAt version: Int?) async throws {
        if let version, version != file.request.version { throw RequestProblems([.changedBySomeoneElse]) }
        try await workflow.mayAct(on: file, action: "edit draft")
        var updated = file.request
        updated.fieldValues = data.values
        updated.details = data.details
        updated.amountRequested = data.amount
        let (saved, now) = (updated, self.now)
        try await store.audited(
            AuditEntry(
                action: .requestDraftUpdate, recordType: .request, recordID: saved.id.uuidString,
                summary: "\(saved.reference): draft edited in the portal")
        ) { store in
            try await store.update(saved, at: now)
        }
    }

    // MARK: Documents and the attestation

    /// Keeps `upload` as the document `id` of the request, then completes the registration of an
    /// incomplete request that now lacks nothing. The actor is guarded first, so a related staff
    /// member is refused (and the recusal recorded) whatever the form held; then the form's
    /// `problems` refuse it.
    func upload(_ upload: DocumentUpload?, problems: [RequestProblem], to file: RequestFile, id: UUID) async throws {
        try await workflow.mayAct(on: file, action: "upload")
        guard problems.isEmpty, let upload else { throw RequestProblems(problems) }
        var document = RequestDocument(
            id: id, kind: upload.kind, sha256: "", format: upload.format, size: upload.bytes.count,
            originalName: upload.originalName, issuedOn: upload.issuedOn, expiresOn: upload.expiresOn,
            uploadedAt: now, requestID: file.request.id)
        document.identityNumber = upload.printedIdentity
        let (pending, bytes, now, actorID) = (document, upload.bytes, self.now, workflow.actor.id)
        let reference = file.request.reference
        let summary =
            workflow.actor.staff == nil
            ? "\(reference): \(upload.kind.rawValue) from the portal"
            : "\(reference): \(upload.kind.rawValue) \(upload.format.rawValue) \(bytes.count) bytes"
                + (upload.expiresOn.map { " expires \($0)" } ?? "")
        try await workflow.record(
            .document, on: file, note: upload.kind.rawValue,
            audit: AuditEntry(
                action: .requestDocumentUpload, recordType: .request, recordID: file.request.id.uuidString,
                summary: summary)
        ) { store in
            try await store.addDocument(pending, bytes: bytes, uploadedBy: actorID, at: now)
        }
        try await workflow.recheck(file.request.id)
    }

    /// Records the applicant's attestation taken at the desk through `channel`, with the signed
    /// form's scan kept as the document `documentID`; guarded before the form's `problems` refuse it.
    func attestAtDesk(
        _ file: RequestFile, channel: ContactChannel, signedForm: DocumentUpload?, problems: [RequestProblem],
        documentID: UUID
    ) async throws {
        try await workflow.mayAct(on: file, action: "attest")
        guard problems.isEmpty else { throw RequestProblems(problems) }
        let (now, actorID) = (self.now, workflow.actor.id)
        try await workflow.record(
            .attest, on: file, note: channel.rawValue,
            audit: AuditEntry(
                action: .requestAttest, recordType: .request, recordID: file.request.id.uuidString,
                summary: "\(file.request.reference): attestation \(Attestation.currentVersion) via \(channel.rawValue)")
        ) { store in
            var signedFormID: UUID?
            if let signedForm {
                try await store.addDocument(
                    RequestDocument(
                        id: documentID, kind: .signedAttestation, sha256: "", format: signedForm.format,
                        size: signedForm.bytes.count, originalName: signedForm.originalName, issuedOn: nil,
                        expiresOn: nil, uploadedAt: now, requestID: file.request.id),
                    bytes: signedForm.bytes, uploadedBy: actorID, at: now)
                signedFormID = documentID
            }
            var updated = file.request
            updated.attestation = Attestation(
                version: Attestation.currentVersion, attestedAt: now, channel: channel,
                signedFormDocumentID: signedFormID)
            try await store.update(updated, at: now)
        }
    }

    /// Records the attestation the applicant ticked in the portal; nothing when it is on record.
    func attestOnline(_ file: RequestFile) async throws {
        guard file.request.attestation == nil else { return }
        try await workflow.mayAct(on: file, action: "attest")
        let now = self.now
        try await workflow.record(
            .attest, on: file, note: ContactChannel.website.rawValue,
            audit: AuditEntry(
                action: .requestAttest, recordType: .request, recordID: file.request.id.uuidString,
                summary: "\(file.request.reference): attestation \(Attestation.currentVersion) online")
        ) { store in
            var updated = file.request
            updated.attestation = Attestation(
                version: Attestation.currentVersion, attestedAt: now, channel: .website, signedFormDocumentID: nil)
            try await store.update(updated, at: now)
        }
    }

    /// Submits the applicant's own request from the portal: attested, and with a description.
    func submitFromPortal(_ file: RequestFile, version: Int?) async throws {
        guard file.request.attestation != nil else { throw RequestProblems([.portalAttestationUnconfirmed]) }
        // A draft saved half-way must be finished before it goes in.
        guard !file.request.details.isEmpty else { throw RequestProblems([.detailsMissingToSubmit]) }
        try await workflow.submit(file, version: version)
    }

    // MARK: Research

    /// Refers the request to `researcherID`, who must be an active researcher unrelated to the case.
    func refer(_ file: RequestFile, to researcherID: UUID?, note: String, version: Int?) async throws {
        guard let researcherID, let researcher = try await store.staffMember(id: researcherID), researcher.isActive,
            researcher.roles.contains(.researcher)
        else {
            throw RequestProblems([.researcherRequired])
        }
        // The researcher must not be related to the case either.
        try await workflow.guardConflict(file, staff: researcher, action: "assigned researcher")
        try await workflow.apply(
            .referToResearch, to: file, version: version,
            note: researcher.displayName + (note.isEmpty ? "" : " — " + note)
        ) { request in
            request.researcherID = researcher.id
        }
    }

    /// Whether `staff` writes this request's report: only its researcher, while it is in research.
    static func mayWriteReport(_ request: SupportRequest, staff: StaffMember?) -> Bool {
        guard let staff else { return false }
        return request.status == .inResearch && request.researcherID == staff.id && staff.roles.contains(.researcher)
    }

    /// Records the assigned researcher's report with the needs assessment verified on the visit,
    /// scored with `weights` (the ones in force when nil); returns the score. The researcher is
    /// guarded before the form's `problems` refuse it.
    @discardableResult
    func addReport(
        _ report: ResearchReport?, problems: [RequestProblem], needs factors: NeedsFactors,
        weights: NeedsWeights? = nil, to file: RequestFile
    ) async throws -> NeedsScore {
        guard let staff = workflow.actor.staff, Self.mayWriteReport(file.request, staff: staff) else {
            throw RequestProblems([.notYourResearch(.findings)])
        }
        try await workflow.guardConflict(file, staff: staff, action: "research report")
        guard problems.isEmpty, let report else { throw RequestProblems(problems) }
        let weights: NeedsWeights = if let weights { weights } else { try await store.assessments.weights() }
        let score = NeedsAssessment.score(factors, weights: weights)
        var scored = report
        scored.updatedNeeds = NeedsScoreSummary(total: score.total, level: score.level)
        let (finalReport, now) = (scored, self.now)
        try await workflow.record(
            .research, on: file, note: finalReport.kind.rawValue,
            audit: AuditEntry(
                action: .requestResearchReport, recordType: .request, recordID: file.request.id.uuidString,
                summary:
                    "\(file.request.reference): \(finalReport.kind.rawValue), recommends \(finalReport.recommendsApproval ? "approve" : "reject"), needs score \(score.total) \(score.level.rawValue)"
            )
        ) { store in
            try await NeedsAssessmentService(store: store.assessments, clock: WallClock { now }).assess(
                factors, of: file.beneficiary.id, by: staff, weights: weights)
            try await store.addResearchReport(finalReport, requestID: file.request.id, researcherID: staff.id)
        }
        return score
    }

    /// The assigned researcher sets the day of the home visit; the applicant hears of it at once
    /// (the portal timeline and their channel), so they are home and need not ask.
    func scheduleVisit(_ file: RequestFile, on visit: Result<GregorianDay, RequestProblems>) async throws {
        guard let staff = workflow.actor.staff, Self.mayWriteReport(file.request, staff: staff) else {
            throw RequestProblems([.notYourResearch(.visitOn)])
        }
        try await workflow.guardConflict(file, staff: staff, action: "schedule visit")
        let day = try visit.get()
        let saved = file.request
        try await workflow.record(
            .visitScheduled, on: file, note: day.description,
            audit: AuditEntry(
                action: .requestVisitScheduled, recordType: .request, recordID: saved.id.uuidString,
                summary: "\(saved.reference): home visit on \(day)")
        ) { store in
            try await store.notify(
                RequestNotice(beneficiary: file.beneficiary, event: .visitScheduled, request: saved, day: day))
        }
    }

    // MARK: Moving on

    /// Sends the request to the committee, or back to it after a deferral once it is ready again.
    func sendToCommittee(_ file: RequestFile, note: String, version: Int?) async throws {
        let event: RequestEvent = file.request.status == .deferred ? .returnToCommittee : .sendToCommittee
        try await workflow.apply(event, to: file, version: version, note: note)
    }

    /// Withdraws the request for `reason`.
    func withdraw(_ file: RequestFile, reason: String, version: Int?) async throws {
        try await workflow.apply(.withdraw, to: file, version: version, note: reason)
    }

    // MARK: Rating

    /// Records the applicant's rating of the service, from 1 to 5, once something was delivered.
    func rate(_ file: RequestFile, score: Int, comment: String) async throws {
        let delivered = try await store.deliveries(of: file.request.id).contains { $0.deliveredAt != nil }
        guard (1...5).contains(score), delivered || file.request.status == .completed else {
            throw RequestProblems([.ratingInvalid])
        }
        try await workflow.mayAct(on: file, action: "rate")
        let (now, comment) = (self.now, String(comment.prefix(2000)))
        let saved = try await store.audited(
            AuditEntry(
                action: .portalRating, recordType: .request, recordID: file.request.id.uuidString,
                summary: "\(file.request.reference): rated \(score)")
        ) { store in
            try await store.rate(
                requestID: file.request.id, beneficiaryID: file.request.beneficiaryID, score: score, comment: comment,
                at: now)
        }
        guard saved else { throw RequestProblems([.alreadyRated]) }
    }
}
