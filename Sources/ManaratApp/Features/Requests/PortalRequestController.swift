import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// What a signed-in beneficiary does with their support requests: apply, save a draft, upload,
/// attest, submit, follow and rate.
///
/// Every request id in a portal URL is checked against the signed-in beneficiary; another
/// person's id answers 404, exactly like an id that does not exist, and the attempt is audited.
struct PortalRequestController {
    /// The signed-in beneficiary, as the portal shell reads them.
    func beneficiary(_ request: Request) async throws -> Beneficiary {
        try await PortalController().beneficiary(request)
    }

    /// The request with the URL's id, if it is this beneficiary's; otherwise 404 and an audit entry.
    func ownRequest(_ request: Request) async throws -> RequestFile {
        guard let id = request.parameter(.id, as: UUID.self) else { throw Abort(.notFound) }
        let owner = request.signedInBeneficiary?.id
        guard let stored = try await RequestRepository(database: request.db).find(id: id), stored.beneficiaryID == owner
        else {
            try await request.audited(
                action: .portalDenied, recordType: .request, recordID: id.uuidString,
                summary: "a beneficiary asked for a request that is not theirs"
            ) { _ in }
            throw Abort(.notFound)
        }
        return try await RequestWorkflow(request: request).load(id)
    }

    func apply(_ request: Request) async throws -> Response {
        let beneficiary = try await beneficiary(request)
        let types = try await RequestTypeRepository(database: request.db).types().filter(\.isActive)
        return .html(
            PortalRequestPages.apply(beneficiary: beneficiary, types: types, context: PageContext(request: request)))
    }

    func showApplyType(_ request: Request) async throws -> Response {
        let beneficiary = try await beneficiary(request)
        let type = try await activeType(request)
        return .html(
            PortalRequestPages.applyForm(
                beneficiary: beneficiary, type: type, values: [:], details: "", amount: "", errors: [],
                context: PageContext(request: request)),
            status: type.isEligible(categories: beneficiary.categoryIDs) ? .ok : .forbidden)
    }

    /// What the application form holds, read and checked. "Save and finish later" keeps whatever
    /// was typed, however incomplete; only "continue" asks for the details and the amount.
    struct ApplicationInput {
        var values: [String: String]
        var details: String
        var amountText: String
        var amount: Money?
        var errors: [FieldError]
    }

    static func readApplication(_ request: Request, type: RequestType) -> ApplicationInput {
        let strings = request.strings
        let draftOnly = (try? request.content.get(String.self, at: "intent")) == "draft"
        var errors: [FieldError] = []
        var values: [String: String] = [:]
        for field in type.requiredFields {
            values[field.key] = String(
                ((try? request.content.get(String.self, at: "field_" + field.key)) ?? "").trimmingCharacters(
                    in: .whitespacesAndNewlines
                ).prefix(500))
        }
        let details = ((try? request.content.get(String.self, at: "details")) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        if (details.isEmpty && !draftOnly) || details.count > 4000 {
            errors.append(
                FieldError(
                    field: "details", message: strings.format(.fieldRequiredNamed, ["field": strings[.requestDetails]]))
            )
        }
        let amountText = (try? request.content.get(String.self, at: "amountRequested")) ?? ""
        var amount = Money.parse(amountText)
        if amount == nil, draftOnly, amountText.trimmingCharacters(in: .whitespaces).isEmpty { amount = .zero }
        if amount == nil { errors.append(FieldError(field: "amountRequested", message: strings[.amountInvalid])) }
        return ApplicationInput(
            values: values, details: details, amountText: amountText, amount: amount, errors: errors)
    }

    func createDraft(_ request: Request) async throws -> Response {
        let beneficiary = try await beneficiary(request)
        let type = try await activeType(request)
        let strings = request.strings
        var input = Self.readApplication(request, type: type)
        if !type.isEligible(categories: beneficiary.categoryIDs) {
            input.errors.append(FieldError(field: "details", message: strings[.typeNotEligible]))
        }
        let (values, details, errors) = (input.values, input.details, input.errors)
        guard errors.isEmpty, let amount = input.amount else {
            return .html(
                PortalRequestPages.applyForm(
                    beneficiary: beneficiary, type: type, values: values, details: details, amount: input.amountText,
                    errors: errors, context: PageContext(request: request)), status: .unprocessableEntity)
        }
        let id = request.manarat.configuration.ids.next()
        let now = request.now
        let today = RequestWorkflow(request: request).today
        let fieldValues = values
        let name = request.signedInBeneficiary?.displayName ?? ""
        let created = try await request.auditedCreation(
            recordID: id, action: .requestCreate, recordType: .request, summary: "draft \(type.code) from the portal"
        ) { db in
            let repository = RequestRepository(database: db)
            let draft = SupportRequest(
                id: id, reference: try await repository.nextReference(on: today), beneficiaryID: beneficiary.id,
                typeID: type.id, status: .draft, channel: .website, branchID: beneficiary.branchID, intakeStaffID: nil,
                fieldValues: fieldValues, details: details, amountRequested: amount, submittedAt: nil, submittedOn: nil,
                expectedResponseOn: nil, attestation: nil, researcherID: nil, decision: nil, version: 1)
            try await repository.create(draft, at: now)
            try await RequestTimelineRepository(database: db).addEvent(
                requestID: id, event: .recorded(.create), from: nil, to: .draft, note: "", actorID: beneficiary.id,
                actorName: name, at: now)
        }
        return request.redirect(to: PortalURL.request(created).path, redirectType: .normal)
    }

    func showEditDraft(_ request: Request) async throws -> Response {
        let file = try await ownRequest(request)
        guard file.request.status == .draft else {
            return request.redirect(to: PortalURL.request(file.request.id).path, redirectType: .normal)
        }
        let r = file.request
        return .html(
            PortalRequestPages.applyForm(
                beneficiary: file.beneficiary, type: file.type, values: r.fieldValues, details: r.details,
                amount: r.amountRequested.halalas == 0 ? "" : r.amountRequested.plain, errors: [],
                context: PageContext(request: request), action: PortalURL.requestEdit(r.id).path, version: r.version))
    }

    func saveDraft(_ request: Request) async throws -> Response {
        let file = try await ownRequest(request)
        let input = Self.readApplication(request, type: file.type)
        let context = PageContext(request: request)
        guard file.request.status == .draft else {
            throw UserFacingRefusal(status: .conflict, message: request.strings[.requestClosed])
        }
        guard input.errors.isEmpty, let amount = input.amount else {
            return .html(
                PortalRequestPages.applyForm(
                    beneficiary: file.beneficiary, type: file.type, values: input.values, details: input.details,
                    amount: input.amountText, errors: input.errors, context: context,
                    action: PortalURL.requestEdit(file.request.id).path, version: file.request.version),
                status: .unprocessableEntity)
        }
        if let version = try? request.content.get(Int.self, at: "version"), version != file.request.version {
            return .html(
                PortalRequestPages.applyForm(
                    beneficiary: file.beneficiary, type: file.type, values: input.values, details: input.details,
                    amount: input.amountText,
                    errors: [FieldError(field: "details", message: request.strings[.changedBySomeoneElse])],
                    context: context, action: PortalURL.requestEdit(file.request.id).path, version: file.request.version
                ), status: .conflict)
        }
        var updated = file.request
        updated.fieldValues = input.values
        updated.details = input.details
        updated.amountRequested = amount
        let saved = updated
        let now = request.now
        try await request.audited(
            action: .requestDraftUpdate, recordType: .request, recordID: saved.id.uuidString,
            summary: "\(saved.reference): draft edited in the portal"
        ) { db in
            try await RequestRepository(database: db).update(saved, at: now)
        }
        return request.redirect(to: PortalURL.request(saved.id).path, redirectType: .normal)
    }

    func showRequest(_ request: Request) async throws -> Response {
        try await renderRequest(request, file: try await ownRequest(request), errors: [], status: .ok)
    }

    func renderRequest(_ request: Request, file: RequestFile, errors: [FieldError], status: HTTPResponseStatus)
        async throws -> Response
    {
        let events = try await RequestTimelineRepository(database: request.db).events(of: file.request.id)
        let rating = try await PortalRepository(database: request.db).rating(requestID: file.request.id)
        let deliveries = try await DeliveryRepository(database: request.db).deliveries(of: file.request.id)
        let workflow = RequestWorkflow(request: request)
        let html = PortalRequestPages.request(
            file: file, problems: workflow.problems(file), clock: try await workflow.pausedClock(file),
            justSubmitted: (try? request.query.get(String.self, at: "submitted")) == "1"
                && file.request.submittedOn != nil, events: events, deliveries: deliveries, rating: rating,
            errors: errors, context: PageContext(request: request))
        return .html(html, status: status)
    }

    func uploadDocument(_ request: Request) async throws -> Response {
        let file = try await ownRequest(request)
        let strings = request.strings
        let form = try request.content.decode(RequestController.UploadForm.self)
        var errors: [FieldError] = []
        guard let kind = form.kind.flatMap(DocumentKind.init(rawValue:)), kind != .researchPhoto,
            kind != .signedAttestation
        else { throw Abort(.badRequest) }
        if file.request.status.isFinal { errors.append(FieldError(field: "file", message: strings[.requestClosed])) }
        let expires = BeneficiaryForm.day(
            form.expiresOn, calendar: form.expiresOnCalendar, field: "expiresOn", required: false, strings: strings,
            errors: &errors)
        let printedIdentity =
            kind == .identityCopy
            ? Uploads.printedIdentity(
                form.identityNumber, type: file.beneficiary.identity.type, strings: strings, errors: &errors) : nil
        let checked = Uploads.checked(
            form.file, field: "file", maximumBytes: request.manarat.configuration.uploadMaxBytes, strings: strings,
            errors: &errors)
        guard errors.isEmpty, let (format, bytes) = checked else {
            return try await renderRequest(request, file: file, errors: errors, status: .unprocessableEntity)
        }
        let now = request.now
        let beneficiaryID = file.request.beneficiaryID
        let name = Uploads.displayName(form.file?.filename ?? "")
        let documentID = request.manarat.configuration.ids.next()
        let actor = request.signedInBeneficiary?.displayName ?? ""
        try await request.audited(
            action: .requestDocumentUpload, recordType: .request, recordID: file.request.id.uuidString,
            summary: "\(file.request.reference): \(kind.rawValue) from the portal"
        ) { db in
            let blob = try await DocumentStore(database: db).put(bytes, mimeType: format.mimeType, at: now)
            var document = RequestDocument(
                id: documentID, kind: kind, sha256: blob.sha256, format: format, size: bytes.count, originalName: name,
                issuedOn: nil, expiresOn: expires, uploadedAt: now, requestID: file.request.id)
            document.identityNumber = printedIdentity
            try await RequestDocumentRepository(database: db).addDocument(document, uploadedBy: beneficiaryID)
            try await RequestTimelineRepository(database: db).addEvent(
                requestID: file.request.id, event: .recorded(.document), from: file.request.status,
                to: file.request.status, note: kind.rawValue, actorID: beneficiaryID, actorName: actor, at: now)
        }
        try await RequestWorkflow(request: request).recheck(file.request.id)
        return request.redirect(to: PortalURL.request(file.request.id).path, redirectType: .normal)
    }

    func attest(_ request: Request) async throws -> Response {
        let file = try await ownRequest(request)
        guard (try? request.content.get(String.self, at: "confirmed")) == "on" else {
            return try await renderRequest(
                request, file: file,
                errors: [FieldError(field: "confirmed", message: request.strings[.portalAttestRequired])],
                status: .unprocessableEntity)
        }
        guard file.request.attestation == nil else {
            return request.redirect(to: PortalURL.request(file.request.id).path, redirectType: .normal)
        }
        let now = request.now
        let actor = request.signedInBeneficiary?.displayName ?? ""
        try await request.audited(
            action: .requestAttest, recordType: .request, recordID: file.request.id.uuidString,
            summary: "\(file.request.reference): attestation \(Attestation.currentVersion) online"
        ) { db in
            var updated = file.request
            updated.attestation = Attestation(
                version: Attestation.currentVersion, attestedAt: now, channel: .website, signedFormDocumentID: nil)
            let repository = RequestRepository(database: db)
            try await repository.update(updated, at: now)
            try await RequestTimelineRepository(database: db).addEvent(
                requestID: updated.id, event: .recorded(.attest), from: updated.status, to: updated.status,
                note: "website", actorID: updated.beneficiaryID, actorName: actor, at: now)
        }
        return request.redirect(to: PortalURL.request(file.request.id).path, redirectType: .normal)
    }

    func submit(_ request: Request) async throws -> Response {
        let file = try await ownRequest(request)
        guard file.request.attestation != nil else {
            return try await renderRequest(
                request, file: file,
                errors: [FieldError(field: "confirmed", message: request.strings[.portalAttestRequired])],
                status: .unprocessableEntity)
        }
        // A draft saved half-way must be finished before it goes in.
        guard !file.request.details.isEmpty else {
            return try await renderRequest(
                request, file: file,
                errors: [
                    FieldError(
                        field: "submit",
                        message: request.strings.format(
                            .fieldRequiredNamed, ["field": request.strings[.requestDetails]]))
                ], status: .unprocessableEntity)
        }
        do {
            _ = try await RequestWorkflow(request: request).submit(
                file, version: try? request.content.get(Int.self, at: "version"))
        } catch {
            guard let message = RequestPage.message(for: error, strings: request.strings) else { throw error }
            return try await renderRequest(
                request, file: try await RequestWorkflow(request: request).load(file.request.id),
                errors: [FieldError(field: "submit", message: message)], status: RequestPage.status(for: error))
        }
        return request.redirect(
            to: PortalURL.request(file.request.id).path(query: [("submitted", "1")]), redirectType: .normal)
    }

    func rate(_ request: Request) async throws -> Response {
        let file = try await ownRequest(request)
        let strings = request.strings
        let score = Int(Digits.latinized((try? request.content.get(String.self, at: "score")) ?? "")) ?? 0
        let delivered = try await DeliveryRepository(database: request.db).deliveries(of: file.request.id).contains {
            $0.deliveredAt != nil
        }
        guard (1...5).contains(score), delivered || file.request.status == .completed else {
            return try await renderRequest(
                request, file: file, errors: [FieldError(field: "score", message: strings[.portalRatingInvalid])],
                status: .unprocessableEntity)
        }
        let comment = String(((try? request.content.get(String.self, at: "comment")) ?? "").prefix(2000))
        let now = request.now
        let saved = try await request.audited(
            action: .portalRating, recordType: .request, recordID: file.request.id.uuidString,
            summary: "\(file.request.reference): rated \(score)"
        ) { db in
            try await PortalRepository(database: db).rate(
                requestID: file.request.id, beneficiaryID: file.request.beneficiaryID, score: score, comment: comment,
                at: now)
        }
        guard saved else {
            return try await renderRequest(
                request, file: file, errors: [FieldError(field: "score", message: strings[.portalAlreadyRated])],
                status: .conflict)
        }
        return request.redirect(
            to: PortalURL.request(file.request.id).path(query: [("rated", "1")]), redirectType: .normal)
    }

    private func activeType(_ request: Request) async throws -> RequestType {
        guard let id = request.parameter(.id, as: UUID.self),
            let type = try await RequestTypeRepository(database: request.db).type(id: id), type.isActive
        else { throw Abort(.notFound) }
        return type
    }
}
