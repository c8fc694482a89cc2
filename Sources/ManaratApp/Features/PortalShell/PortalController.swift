import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// The portal's shell for a signed-in beneficiary: the home page, keeping their details current,
/// and seeing, downloading or questioning the data held about them.
struct PortalController {
    func beneficiary(_ request: Request) async throws -> Beneficiary {
        guard let id = request.signedInBeneficiary?.id,
            let beneficiary = try await BeneficiaryRepository(database: request.db).find(id: id)
        else {
            throw Abort(.unauthorized)
        }
        return beneficiary
    }

    func home(_ request: Request) async throws -> Response {
        let beneficiary = try await beneficiary(request)
        let requests = try await RequestRepository(database: request.db).list(
            RequestFilter(beneficiaryID: beneficiary.id), page: 1, perPage: 50
        ).rows
        let types = Dictionary(
            uniqueKeysWithValues: try await RequestTypeRepository(database: request.db).types().map { ($0.id, $0) })
        let workflow = RequestWorkflow(request: request)
        var missing: [UUID: Int] = [:]
        for row in requests where [.draft, .incomplete].contains(row.request.status) {
            missing[row.request.id] = workflow.problems(try await workflow.load(row.request.id)).count
        }
        let outbox = OutboxRepository(database: request.db)
        let messages = try await outbox.inbox(beneficiaryID: beneficiary.id, limit: 3)
        let unread = try await outbox.unreadCount(beneficiaryID: beneficiary.id)
        let inquiries = try await InquiryRepository(database: request.db).list(
            beneficiaryID: beneficiary.id, openOnly: false, limit: 20)
        return .html(
            PortalPages.home(
                beneficiary: beneficiary, requests: requests, types: types, missing: missing, messages: messages,
                unread: unread, inquiries: inquiries,
                feedback: try await FeedbackRepository(database: request.db).list(
                    beneficiaryID: beneficiary.id, openOnly: false, limit: 20), context: PageContext(request: request)))
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
        let form = ProfileForm(
            phone: b.phones.first.map { "0" + $0.dropFirst(4) },
            phoneOther: b.phones.dropFirst().first.map { "0" + $0.dropFirst(4) }, city: b.city, district: b.district,
            address: b.address, preferredChannel: b.preferredChannel.rawValue,
            preferredLanguage: b.preferredLanguage.rawValue, version: b.version)
        return .html(
            PortalPages.profile(
                form: form, errors: [], saved: (try? request.query.get(String.self, at: "saved")) == "1",
                context: PageContext(request: request)))
    }

    func saveProfile(_ request: Request) async throws -> Response {
        var b = try await beneficiary(request)
        let form = try request.content.decode(ProfileForm.self)
        let strings = request.strings
        var errors: [FieldError] = []
        var phones: [String] = []
        for (field, value) in [("phone", form.phone), ("phoneOther", form.phoneOther)] {
            let typed = (value ?? "").trimmingCharacters(in: .whitespaces)
            if typed.isEmpty {
                if field == "phone" {
                    errors.append(
                        FieldError(
                            field: field, message: strings.format(.fieldRequiredNamed, ["field": strings[.phone]])))
                }
                continue
            }
            switch SaudiMobile.normalized(typed) {
            case .success(let number): phones.append(number)
            case .failure: errors.append(FieldError(field: field, message: strings[.phoneInvalid]))
            }
        }
        let city = (form.city ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if city.isEmpty {
            errors.append(
                FieldError(field: "city", message: strings.format(.fieldRequiredNamed, ["field": strings[.city]])))
        }
        guard errors.isEmpty else {
            return .html(
                PortalPages.profile(form: form, errors: errors, saved: false, context: PageContext(request: request)),
                status: .unprocessableEntity)
        }
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
            try await request.audited(
                action: .portalProfileUpdate, recordType: .beneficiary, recordID: b.id.uuidString,
                summary: "contact details updated by the beneficiary"
            ) { db in
                try await BeneficiaryRepository(database: db).update(updated, at: now)
            }
        } catch RegistryConflict.changedBySomeoneElse {
            return .html(
                PortalPages.profile(
                    form: form, errors: [FieldError(field: "phone", message: strings[.changedBySomeoneElse])],
                    saved: false, context: PageContext(request: request)), status: .conflict)
        }
        return request.redirect(to: PortalURL.profile.path(query: [("saved", "1")]), redirectType: .normal)
    }

    /// Everything held about the beneficiary, as one structure for the page and the download.
    func dataExport(_ request: Request) async throws -> PortalDataExport {
        let b = try await beneficiary(request)
        let db = request.db
        let requests = try await RequestRepository(database: db).list(
            RequestFilter(beneficiaryID: b.id), page: 1, perPage: 500
        ).rows.map(\.request)
        var documents: [RequestDocument] = []
        var deliveries: [(String, DeliveryRecord)] = []
        for r in requests {
            documents += try await RequestDocumentRepository(database: db).documents(of: r.id)
            deliveries += try await DeliveryRepository(database: db).deliveries(of: r.id).map { (r.reference, $0) }
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
        try await request.audited(
            action: .portalMyDataView, recordType: .beneficiary, recordID: export.beneficiary.id.uuidString,
            summary: "viewed own data"
        ) { _ in }
        return .html(PortalPages.myData(export, errors: [], context: PageContext(request: request)))
    }

    /// The same page as a file to keep or print, so the copy does not depend on being signed in.
    func myDataHTML(_ request: Request) async throws -> Response {
        let export = try await dataExport(request)
        try await request.audited(
            action: .portalMyDataDownload, recordType: .beneficiary, recordID: export.beneficiary.id.uuidString,
            summary: "downloaded own data as HTML"
        ) { _ in }
        let response = Response.html(PortalPages.myData(export, errors: [], context: PageContext(request: request)))
        response.headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"manarat-\(export.beneficiary.fileNumber).html\"")
        return response
    }

    func myDataJSON(_ request: Request) async throws -> Response {
        let export = try await dataExport(request)
        try await request.audited(
            action: .portalMyDataDownload, recordType: .beneficiary, recordID: export.beneficiary.id.uuidString,
            summary: "downloaded own data"
        ) { _ in }
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"manarat-\(export.beneficiary.fileNumber).json\"")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return Response(status: .ok, headers: headers, body: .init(data: try export.json()))
    }

    func dataRequest(_ request: Request) async throws -> Response {
        let b = try await beneficiary(request)
        let strings = request.strings
        let kind = (try? request.content.get(String.self, at: "kind")) ?? ""
        let details = ((try? request.content.get(String.self, at: "details")) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard ["access", "correction", "deletion"].contains(kind), !details.isEmpty else {
            return .html(
                PortalPages.myData(
                    try await dataExport(request),
                    errors: [
                        FieldError(
                            field: "details",
                            message: strings.format(.fieldRequiredNamed, ["field": strings[.portalDataRequestDetails]]))
                    ], context: PageContext(request: request)), status: .unprocessableEntity)
        }
        let now = request.now
        let due = DataSubjectClock.dueDay(submittedOn: RequestWorkflow(request: request).today)
        try await request.audited(
            action: .portalDataRequest, recordType: .beneficiary, recordID: b.id.uuidString,
            summary: "\(kind) request, due \(due)"
        ) { db in
            try await PortalRepository(database: db).addDataRequest(
                beneficiaryID: b.id, kind: kind, details: String(details.prefix(2000)), dueOn: due, at: now)
        }
        return request.redirect(to: PortalURL.myData.path, redirectType: .normal)
    }

    func withdrawConsent(_ request: Request) async throws -> Response {
        let b = try await beneficiary(request)
        let now = request.now
        try await request.audited(
            action: .portalConsentWithdraw, recordType: .beneficiary, recordID: b.id.uuidString,
            summary: "consent to processing withdrawn"
        ) { db in
            try await PortalRepository(database: db).withdrawConsent(beneficiaryID: b.id, at: now)
        }
        return request.redirect(to: PortalURL.myData.path, redirectType: .normal)
    }
}
