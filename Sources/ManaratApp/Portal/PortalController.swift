import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// What a signed-in beneficiary does: follow their requests, apply, upload, attest, rate, keep
/// their details current, and see, download or question the data held about them.
///
/// Every request id in a portal URL is checked against the signed-in beneficiary; another
/// person's id answers 404, exactly like an id that does not exist, and the attempt is audited.
struct PortalController {
    func beneficiary(_ request: Request) async throws -> Beneficiary {
        guard let id = request.signedInBeneficiary?.id, let beneficiary = try await BeneficiaryRepository(database: request.db).find(id: id) else {
            throw Abort(.unauthorized)
        }
        return beneficiary
    }

    /// The request with the URL's id, if it is this beneficiary's; otherwise 404 and an audit entry.
    func ownRequest(_ request: Request) async throws -> RequestFile {
        guard let id = request.parameters.get("id", as: UUID.self) else { throw Abort(.notFound) }
        let owner = request.signedInBeneficiary?.id
        guard let stored = try await RequestRepository(database: request.db).find(id: id), stored.beneficiaryID == owner else {
            try await request.audited(action: "portal.denied", recordType: "request", recordID: id.uuidString, summary: "a beneficiary asked for a request that is not theirs") { _ in }
            throw Abort(.notFound)
        }
        return try await RequestWorkflow(request: request).load(id)
    }

    func home(_ request: Request) async throws -> Response {
        let beneficiary = try await beneficiary(request)
        let requests = try await RequestRepository(database: request.db).list(RequestFilter(beneficiaryID: beneficiary.id), page: 1, perPage: 50).rows
        let types = Dictionary(uniqueKeysWithValues: try await RequestRepository(database: request.db).types().map { ($0.id, $0) })
        let workflow = RequestWorkflow(request: request)
        var missing: [UUID: Int] = [:]
        for row in requests where [.draft, .incomplete].contains(row.request.status) {
            missing[row.request.id] = workflow.problems(try await workflow.load(row.request.id)).count
        }
        let outbox = OutboxRepository(database: request.db)
        let messages = try await outbox.inbox(beneficiaryID: beneficiary.id, limit: 3)
        let unread = try await outbox.unreadCount(beneficiaryID: beneficiary.id)
        let inquiries = try await InquiryRepository(database: request.db).list(beneficiaryID: beneficiary.id, openOnly: false, limit: 20)
        return .html(PortalPages.home(beneficiary: beneficiary, requests: requests, types: types, missing: missing, messages: messages, unread: unread, inquiries: inquiries, feedback: try await FeedbackRepository(database: request.db).list(beneficiaryID: beneficiary.id, openOnly: false, limit: 20), context: PageContext(request: request)))
    }

    func apply(_ request: Request) async throws -> Response {
        let beneficiary = try await beneficiary(request)
        let types = try await RequestRepository(database: request.db).types().filter(\.isActive)
        return .html(PortalPages.apply(beneficiary: beneficiary, types: types, context: PageContext(request: request)))
    }

    func showApplyType(_ request: Request) async throws -> Response {
        let beneficiary = try await beneficiary(request)
        let type = try await activeType(request)
        return .html(PortalPages.applyForm(beneficiary: beneficiary, type: type, values: [:], details: "", amount: "", errors: [], context: PageContext(request: request)), status: type.isEligible(categories: beneficiary.categoryIDs) ? .ok : .forbidden)
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
            values[field.key] = String(((try? request.content.get(String.self, at: "field_" + field.key)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(500))
        }
        let details = ((try? request.content.get(String.self, at: "details")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if (details.isEmpty && !draftOnly) || details.count > 4000 { errors.append(FieldError(field: "details", message: strings.format(.fieldRequiredNamed, ["field": strings[.requestDetails]]))) }
        let amountText = (try? request.content.get(String.self, at: "amountRequested")) ?? ""
        var amount = Money.parse(amountText)
        if amount == nil, draftOnly, amountText.trimmingCharacters(in: .whitespaces).isEmpty { amount = .zero }
        if amount == nil { errors.append(FieldError(field: "amountRequested", message: strings[.amountInvalid])) }
        return ApplicationInput(values: values, details: details, amountText: amountText, amount: amount, errors: errors)
    }

    func createDraft(_ request: Request) async throws -> Response {
        let beneficiary = try await beneficiary(request)
        let type = try await activeType(request)
        let strings = request.strings
        var input = Self.readApplication(request, type: type)
        if !type.isEligible(categories: beneficiary.categoryIDs) { input.errors.append(FieldError(field: "details", message: strings[.typeNotEligible])) }
        let (values, details, errors) = (input.values, input.details, input.errors)
        guard errors.isEmpty, let amount = input.amount else {
            return .html(PortalPages.applyForm(beneficiary: beneficiary, type: type, values: values, details: details, amount: input.amountText, errors: errors, context: PageContext(request: request)), status: .unprocessableEntity)
        }
        let id = request.manarat.configuration.ids.next()
        let now = request.now
        let today = RequestWorkflow(request: request).today
        let fieldValues = values
        let name = request.signedInBeneficiary?.displayName ?? ""
        let created = try await request.auditedCreation(recordID: id, action: "request.create", recordType: "request", summary: "draft \(type.code) from the portal") { db in
            let repository = RequestRepository(database: db)
            let draft = SupportRequest(id: id, reference: try await repository.nextReference(on: today), beneficiaryID: beneficiary.id, typeID: type.id, status: .draft, channel: .website, branchID: beneficiary.branchID, intakeStaffID: nil, fieldValues: fieldValues, details: details, amountRequested: amount, submittedAt: nil, submittedOn: nil, expectedResponseOn: nil, attestation: nil, researcherID: nil, decision: nil, version: 1)
            try await repository.create(draft, at: now)
            try await repository.addEvent(requestID: id, event: "create", from: nil, to: .draft, note: "", actorID: beneficiary.id, actorName: name, at: now)
        }
        return request.redirect(to: PortalURL.request(created).path, redirectType: .normal)
    }

    func showEditDraft(_ request: Request) async throws -> Response {
        let file = try await ownRequest(request)
        guard file.request.status == .draft else { return request.redirect(to: PortalURL.request(file.request.id).path, redirectType: .normal) }
        let r = file.request
        return .html(PortalPages.applyForm(beneficiary: file.beneficiary, type: file.type, values: r.fieldValues, details: r.details, amount: r.amountRequested.halalas == 0 ? "" : r.amountRequested.plain, errors: [], context: PageContext(request: request), action: PortalURL.requestEdit(r.id).path, version: r.version))
    }

    func saveDraft(_ request: Request) async throws -> Response {
        let file = try await ownRequest(request)
        let input = Self.readApplication(request, type: file.type)
        let context = PageContext(request: request)
        guard file.request.status == .draft else { throw UserFacingRefusal(status: .conflict, message: request.strings[.requestClosed]) }
        guard input.errors.isEmpty, let amount = input.amount else {
            return .html(PortalPages.applyForm(beneficiary: file.beneficiary, type: file.type, values: input.values, details: input.details, amount: input.amountText, errors: input.errors, context: context, action: PortalURL.requestEdit(file.request.id).path, version: file.request.version), status: .unprocessableEntity)
        }
        if let version = try? request.content.get(Int.self, at: "version"), version != file.request.version {
            return .html(PortalPages.applyForm(beneficiary: file.beneficiary, type: file.type, values: input.values, details: input.details, amount: input.amountText, errors: [FieldError(field: "details", message: request.strings[.changedBySomeoneElse])], context: context, action: PortalURL.requestEdit(file.request.id).path, version: file.request.version), status: .conflict)
        }
        var updated = file.request
        updated.fieldValues = input.values
        updated.details = input.details
        updated.amountRequested = amount
        let saved = updated
        let now = request.now
        try await request.audited(action: "request.draft_update", recordType: "request", recordID: saved.id.uuidString, summary: "\(saved.reference): draft edited in the portal") { db in
            try await RequestRepository(database: db).update(saved, at: now)
        }
        return request.redirect(to: PortalURL.request(saved.id).path, redirectType: .normal)
    }

    func showRequest(_ request: Request) async throws -> Response {
        try await renderRequest(request, file: try await ownRequest(request), errors: [], status: .ok)
    }

    func renderRequest(_ request: Request, file: RequestFile, errors: [FieldError], status: HTTPResponseStatus) async throws -> Response {
        let repository = RequestRepository(database: request.db)
        let events = try await repository.events(of: file.request.id)
        let rating = try await PortalRepository(database: request.db).rating(requestID: file.request.id)
        let deliveries = try await repository.deliveries(of: file.request.id)
        let workflow = RequestWorkflow(request: request)
        let html = PortalPages.request(file: file, problems: workflow.problems(file), clock: try await workflow.pausedClock(file), justSubmitted: (try? request.query.get(String.self, at: "submitted")) == "1" && file.request.submittedOn != nil, events: events, deliveries: deliveries, rating: rating, errors: errors, context: PageContext(request: request))
        return .html(html, status: status)
    }

    func uploadDocument(_ request: Request) async throws -> Response {
        let file = try await ownRequest(request)
        let strings = request.strings
        let form = try request.content.decode(RequestController.UploadForm.self)
        var errors: [FieldError] = []
        guard let kind = form.kind.flatMap(DocumentKind.init(rawValue:)), kind != .researchPhoto, kind != .signedAttestation else { throw Abort(.badRequest) }
        if file.request.status.isFinal { errors.append(FieldError(field: "file", message: strings[.requestClosed])) }
        let expires = BeneficiaryForm.day(form.expiresOn, calendar: form.expiresOnCalendar, field: "expiresOn", required: false, strings: strings, errors: &errors)
        let printedIdentity = kind == .identityCopy ? Uploads.printedIdentity(form.identityNumber, type: file.beneficiary.identity.type, strings: strings, errors: &errors) : nil
        let checked = Uploads.checked(form.file, field: "file", maximumBytes: request.manarat.configuration.uploadMaxBytes, strings: strings, errors: &errors)
        guard errors.isEmpty, let (format, bytes) = checked else { return try await renderRequest(request, file: file, errors: errors, status: .unprocessableEntity) }
        let now = request.now
        let beneficiaryID = file.request.beneficiaryID
        let name = Uploads.displayName(form.file?.filename ?? "")
        let documentID = request.manarat.configuration.ids.next()
        let actor = request.signedInBeneficiary?.displayName ?? ""
        try await request.audited(action: "request.document_upload", recordType: "request", recordID: file.request.id.uuidString, summary: "\(file.request.reference): \(kind.rawValue) from the portal") { db in
            let blob = try await DocumentStore(database: db).put(bytes, mimeType: format.mimeType, at: now)
            let repository = RequestRepository(database: db)
            var document = RequestDocument(id: documentID, kind: kind, sha256: blob.sha256, format: format, size: bytes.count, originalName: name, issuedOn: nil, expiresOn: expires, uploadedAt: now, requestID: file.request.id)
            document.identityNumber = printedIdentity
            try await repository.addDocument(document, uploadedBy: beneficiaryID)
            try await repository.addEvent(requestID: file.request.id, event: "document", from: file.request.status, to: file.request.status, note: kind.rawValue, actorID: beneficiaryID, actorName: actor, at: now)
        }
        try await RequestWorkflow(request: request).recheck(file.request.id)
        return request.redirect(to: PortalURL.request(file.request.id).path, redirectType: .normal)
    }

    func attest(_ request: Request) async throws -> Response {
        let file = try await ownRequest(request)
        guard (try? request.content.get(String.self, at: "confirmed")) == "on" else {
            return try await renderRequest(request, file: file, errors: [FieldError(field: "confirmed", message: request.strings[.portalAttestRequired])], status: .unprocessableEntity)
        }
        guard file.request.attestation == nil else { return request.redirect(to: PortalURL.request(file.request.id).path, redirectType: .normal) }
        let now = request.now
        let actor = request.signedInBeneficiary?.displayName ?? ""
        try await request.audited(action: "request.attest", recordType: "request", recordID: file.request.id.uuidString, summary: "\(file.request.reference): attestation \(Attestation.currentVersion) online") { db in
            var updated = file.request
            updated.attestation = Attestation(version: Attestation.currentVersion, attestedAt: now, channel: .website, signedFormDocumentID: nil)
            let repository = RequestRepository(database: db)
            try await repository.update(updated, at: now)
            try await repository.addEvent(requestID: updated.id, event: "attest", from: updated.status, to: updated.status, note: "website", actorID: updated.beneficiaryID, actorName: actor, at: now)
        }
        return request.redirect(to: PortalURL.request(file.request.id).path, redirectType: .normal)
    }

    func submit(_ request: Request) async throws -> Response {
        let file = try await ownRequest(request)
        guard file.request.attestation != nil else {
            return try await renderRequest(request, file: file, errors: [FieldError(field: "confirmed", message: request.strings[.portalAttestRequired])], status: .unprocessableEntity)
        }
        // A draft saved half-way must be finished before it goes in.
        guard !file.request.details.isEmpty else {
            return try await renderRequest(request, file: file, errors: [FieldError(field: "submit", message: request.strings.format(.fieldRequiredNamed, ["field": request.strings[.requestDetails]]))], status: .unprocessableEntity)
        }
        do {
            _ = try await RequestWorkflow(request: request).submit(file, version: try? request.content.get(Int.self, at: "version"))
        } catch {
            guard let message = RequestPage.message(for: error, strings: request.strings) else { throw error }
            return try await renderRequest(request, file: try await RequestWorkflow(request: request).load(file.request.id), errors: [FieldError(field: "submit", message: message)], status: RequestPage.status(for: error))
        }
        return request.redirect(to: PortalURL.request(file.request.id).path(query: [("submitted", "1")]), redirectType: .normal)
    }

    func rate(_ request: Request) async throws -> Response {
        let file = try await ownRequest(request)
        let strings = request.strings
        let score = Int(Digits.latinized((try? request.content.get(String.self, at: "score")) ?? "")) ?? 0
        let delivered = try await RequestRepository(database: request.db).deliveries(of: file.request.id).contains { $0.deliveredAt != nil }
        guard (1...5).contains(score), delivered || file.request.status == .completed else {
            return try await renderRequest(request, file: file, errors: [FieldError(field: "score", message: strings[.portalRatingInvalid])], status: .unprocessableEntity)
        }
        let comment = String(((try? request.content.get(String.self, at: "comment")) ?? "").prefix(2000))
        let now = request.now
        let saved = try await request.audited(action: "portal.rating", recordType: "request", recordID: file.request.id.uuidString, summary: "\(file.request.reference): rated \(score)") { db in
            try await PortalRepository(database: db).rate(requestID: file.request.id, beneficiaryID: file.request.beneficiaryID, score: score, comment: comment, at: now)
        }
        guard saved else { return try await renderRequest(request, file: file, errors: [FieldError(field: "score", message: strings[.portalAlreadyRated])], status: .conflict) }
        return request.redirect(to: PortalURL.request(file.request.id).path(query: [("rated", "1")]), redirectType: .normal)
    }

    // MARK: Profile and my data

    struct ProfileForm: Content {
        var phone: String?
        var phoneOther: String?
        var city: String?
        var district: String?
        var address: String?
        var preferredChannel: String?
        var preferredLanguage: String?
        var version: Int?
    }

    func profile(_ request: Request) async throws -> Response {
        let b = try await beneficiary(request)
        let form = ProfileForm(phone: b.phones.first.map { "0" + $0.dropFirst(4) }, phoneOther: b.phones.dropFirst().first.map { "0" + $0.dropFirst(4) }, city: b.city, district: b.district, address: b.address, preferredChannel: b.preferredChannel.rawValue, preferredLanguage: b.preferredLanguage.rawValue, version: b.version)
        return .html(PortalPages.profile(form: form, errors: [], saved: (try? request.query.get(String.self, at: "saved")) == "1", context: PageContext(request: request)))
    }

    func saveProfile(_ request: Request) async throws -> Response {
        var b = try await beneficiary(request)
        let form = try request.content.decode(ProfileForm.self)
        let strings = request.strings
        var errors: [FieldError] = []
        var phones: [String] = []
        for (field, value) in [("phone", form.phone), ("phoneOther", form.phoneOther)] {
            let typed = (value ?? "").trimmingCharacters(in: .whitespaces)
            if typed.isEmpty { if field == "phone" { errors.append(FieldError(field: field, message: strings.format(.fieldRequiredNamed, ["field": strings[.phone]]))) }; continue }
            switch SaudiMobile.normalized(typed) {
            case .success(let number): phones.append(number)
            case .failure: errors.append(FieldError(field: field, message: strings[.phoneInvalid]))
            }
        }
        let city = (form.city ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if city.isEmpty { errors.append(FieldError(field: "city", message: strings.format(.fieldRequiredNamed, ["field": strings[.city]]))) }
        guard errors.isEmpty else { return .html(PortalPages.profile(form: form, errors: errors, saved: false, context: PageContext(request: request)), status: .unprocessableEntity) }
        b.phones = phones
        b.city = String(city.prefix(60))
        b.district = String((form.district ?? "").prefix(60))
        b.address = String((form.address ?? "").prefix(200))
        b.preferredChannel = form.preferredChannel.flatMap(ContactChannel.init(rawValue:)) ?? b.preferredChannel
        b.preferredLanguage = form.preferredLanguage.flatMap(Language.init(rawValue:)) ?? b.preferredLanguage
        b.version = form.version ?? b.version
        let updated = b
        let now = request.now
        do {
            try await request.audited(action: "portal.profile_update", recordType: "beneficiary", recordID: b.id.uuidString, summary: "contact details updated by the beneficiary") { db in
                try await BeneficiaryRepository(database: db).update(updated, at: now)
            }
        } catch RegistryConflict.changedBySomeoneElse {
            return .html(PortalPages.profile(form: form, errors: [FieldError(field: "phone", message: strings[.changedBySomeoneElse])], saved: false, context: PageContext(request: request)), status: .conflict)
        }
        return request.redirect(to: PortalURL.profile.path(query: [("saved", "1")]), redirectType: .normal)
    }

    /// Everything held about the beneficiary, as one structure for the page and the download.
    func dataExport(_ request: Request) async throws -> PortalDataExport {
        let b = try await beneficiary(request)
        let db = request.db
        let requests = try await RequestRepository(database: db).list(RequestFilter(beneficiaryID: b.id), page: 1, perPage: 500).rows.map(\.request)
        var documents: [RequestDocument] = []
        var deliveries: [(String, DeliveryRecord)] = []
        for r in requests {
            documents += try await RequestRepository(database: db).documents(of: r.id)
            deliveries += try await RequestRepository(database: db).deliveries(of: r.id).map { (r.reference, $0) }
        }
        return PortalDataExport(
            beneficiary: b,
            household: try await HouseholdRepository(database: db).household(headedBy: b.id),
            consent: try await BeneficiaryRepository(database: db).consent(of: b.id),
            requests: requests, documents: documents,
            contacts: try await ContactRepository(database: db).contacts(of: .beneficiary, id: b.id),
            dataRequests: try await PortalRepository(database: db).dataRequests(beneficiaryID: b.id),
            inquiries: try await InquiryRepository(database: db).list(beneficiaryID: b.id, openOnly: false, limit: 500),
            feedback: try await FeedbackRepository(database: db).list(beneficiaryID: b.id, openOnly: false, limit: 500),
            messages: try await OutboxRepository(database: db).inbox(beneficiaryID: b.id, limit: 1000)
                + (try await OutboxRepository(database: db).messages(toRecipient: b.id, limit: 1000)),
            deliveries: deliveries
        )
    }

    func myData(_ request: Request) async throws -> Response {
        let export = try await dataExport(request)
        try await request.audited(action: "portal.my_data_view", recordType: "beneficiary", recordID: export.beneficiary.id.uuidString, summary: "viewed own data") { _ in }
        return .html(PortalPages.myData(export, errors: [], context: PageContext(request: request)))
    }

    /// The same page as a file to keep or print, so the copy does not depend on being signed in.
    func myDataHTML(_ request: Request) async throws -> Response {
        let export = try await dataExport(request)
        try await request.audited(action: "portal.my_data_download", recordType: "beneficiary", recordID: export.beneficiary.id.uuidString, summary: "downloaded own data as HTML") { _ in }
        let response = Response.html(PortalPages.myData(export, errors: [], context: PageContext(request: request)))
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"manarat-\(export.beneficiary.fileNumber).html\"")
        return response
    }

    func myDataJSON(_ request: Request) async throws -> Response {
        let export = try await dataExport(request)
        try await request.audited(action: "portal.my_data_download", recordType: "beneficiary", recordID: export.beneficiary.id.uuidString, summary: "downloaded own data") { _ in }
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"manarat-\(export.beneficiary.fileNumber).json\"")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return Response(status: .ok, headers: headers, body: .init(data: try export.json()))
    }

    func dataRequest(_ request: Request) async throws -> Response {
        let b = try await beneficiary(request)
        let strings = request.strings
        let kind = (try? request.content.get(String.self, at: "kind")) ?? ""
        let details = ((try? request.content.get(String.self, at: "details")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard ["access", "correction", "deletion"].contains(kind), !details.isEmpty else {
            return .html(PortalPages.myData(try await dataExport(request), errors: [FieldError(field: "details", message: strings.format(.fieldRequiredNamed, ["field": strings[.portalDataRequestDetails]]))], context: PageContext(request: request)), status: .unprocessableEntity)
        }
        let now = request.now
        let due = DataSubjectClock.dueDay(submittedOn: RequestWorkflow(request: request).today)
        try await request.audited(action: "portal.data_request", recordType: "beneficiary", recordID: b.id.uuidString, summary: "\(kind) request, due \(due)") { db in
            try await PortalRepository(database: db).addDataRequest(beneficiaryID: b.id, kind: kind, details: String(details.prefix(2000)), dueOn: due, at: now)
        }
        return request.redirect(to: PortalURL.myData.path, redirectType: .normal)
    }

    func withdrawConsent(_ request: Request) async throws -> Response {
        let b = try await beneficiary(request)
        let now = request.now
        try await request.audited(action: "portal.consent_withdraw", recordType: "beneficiary", recordID: b.id.uuidString, summary: "consent to processing withdrawn") { db in
            try await PortalRepository(database: db).withdrawConsent(beneficiaryID: b.id, at: now)
        }
        return request.redirect(to: PortalURL.myData.path, redirectType: .normal)
    }

    private func activeType(_ request: Request) async throws -> RequestType {
        guard let id = request.parameters.get("id", as: UUID.self), let type = try await RequestRepository(database: request.db).type(id: id), type.isActive else { throw Abort(.notFound) }
        return type
    }
}

/// Everything held about one beneficiary.
struct PortalDataExport {
    var beneficiary: Beneficiary
    var household: Household?
    var consent: ConsentRecord?
    var requests: [SupportRequest]
    var documents: [RequestDocument]
    var contacts: [Contact]
    var dataRequests: [DataSubjectRequest]
    var inquiries: [Inquiry] = []
    var feedback: [FeedbackRecord] = []
    var messages: [OutboxEntry] = []
    var deliveries: [(String, DeliveryRecord)] = []

    /// The export as JSON: plain keys, ISO dates, amounts in riyals.
    func json() throws -> Data {
        let b = beneficiary
        let object: [String: Any] = [
            "file_number": b.fileNumber,
            "name": ["first": b.name.first, "father": b.name.father, "grandfather": b.name.grandfather, "family": b.name.family, "latin": b.latinName],
            "identity": ["type": b.identity.type.rawValue, "number": b.identity.value, "expires_on": b.identityExpiresOn?.description ?? NSNull()],
            "nationality": b.nationality, "gender": b.gender.rawValue, "born_on": b.bornOn?.description ?? NSNull(), "marital_status": b.maritalStatus.rawValue,
            "phones": b.phones, "address": ["city": b.city, "district": b.district, "address": b.address, "national_address_code": b.nationalAddressCode],
            "income_sources": b.incomeSources, "health_conditions": b.healthConditions,
            "preferences": ["language": b.preferredLanguage.rawValue, "channel": b.preferredChannel.rawValue],
            "consent": consent.map { ["notice_version": $0.noticeVersion, "channel": $0.channel.rawValue, "given_at": ISO8601DateFormatter().string(from: $0.givenAt), "withdrawn_at": $0.withdrawnAt.map { ISO8601DateFormatter().string(from: $0) } ?? NSNull()] as [String: Any] } ?? NSNull(),
            "household": household.map { h in ["monthly_income": h.monthlyIncome.plain, "monthly_rent": h.monthlyRent.plain, "debts": h.debts.plain, "housing": h.housing.rawValue, "members": h.members.map { ["name": $0.fullName, "relation": $0.relation.rawValue, "born_on": $0.bornOn?.description ?? NSNull()] as [String: Any] }] as [String: Any] } ?? NSNull(),
            "requests": requests.map { r in ["reference": r.reference, "status": r.status.rawValue, "submitted_on": r.submittedOn?.description ?? NSNull(), "expected_response_on": r.expectedResponseOn?.description ?? NSNull(), "details": r.details, "amount_requested": r.amountRequested.plain, "decision": r.decision.map { ["outcome": "\($0.outcome)", "amount": $0.amount.plain, "note": $0.note] as [String: Any] } ?? NSNull()] as [String: Any] },
            "documents": documents.map { ["kind": $0.kind.rawValue, "name": $0.originalName, "format": $0.format.rawValue, "size": $0.size, "uploaded_at": ISO8601DateFormatter().string(from: $0.uploadedAt)] as [String: Any] },
            "contacts": contacts.map { ["channel": $0.channel.rawValue, "direction": $0.direction.rawValue, "summary": $0.summary, "at": ISO8601DateFormatter().string(from: $0.occurredAt)] as [String: Any] },
            "data_requests": dataRequests.map { ["kind": $0.kind, "details": $0.details, "status": $0.status, "due_on": $0.dueOn.description, "answer": $0.answer] as [String: Any] },
            "inquiries": inquiries.map { ["reference": $0.reference, "category": $0.category.rawValue, "question": $0.question, "status": $0.status.rawValue, "answer": $0.answer, "asked_at": ISO8601DateFormatter().string(from: $0.askedAt)] as [String: Any] },
            "complaints_and_suggestions": feedback.map { ["reference": $0.reference, "kind": $0.kind.rawValue, "text": $0.text, "status": $0.status.rawValue, "response": $0.response] as [String: Any] },
            "messages": messages.map { ["event": $0.event.rawValue, "channel": $0.channel.rawValue, "address": $0.address, "text": $0.body, "status": $0.status.rawValue, "at": ISO8601DateFormatter().string(from: $0.createdAt)] as [String: Any] },
            "services": deliveries.map { reference, record in ["request": reference, "kind": record.kind.rawValue, "amount": record.amount.plain, "iban": record.iban?.value ?? NSNull(), "due_on": record.dueOn.description, "delivered_at": record.deliveredAt.map { ISO8601DateFormatter().string(from: $0) } ?? NSNull(), "acknowledgement": record.acknowledgement] as [String: Any] },
        ]
        return try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    }
}
