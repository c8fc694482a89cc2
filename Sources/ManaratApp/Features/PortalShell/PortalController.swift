import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The portal's shell for a signed-in beneficiary: the home page, keeping their details current,
/// and seeing, downloading or questioning the data held about them. Each handler reads its input,
/// asks a page's query or `PortalAccountService`, and hands the model to the page.
struct PortalController {
    func home(_ request: Request) async throws -> Response {
        let model = try await PortalHomePage.Model.query(
            on: request.db, beneficiary: try await beneficiary(request), today: today(request))
        return .html(PortalHomePage.render(model, context: PageContext(request: request)))
    }

    func profile(_ request: Request) async throws -> Response {
        let model = PortalProfilePage.Model(
            form: PortalProfileForm(beneficiary: try await beneficiary(request)), problems: [],
            saved: (try? request.query.get(String.self, at: "saved")) == "1")
        return .html(PortalProfilePage.render(model, context: PageContext(request: request)))
    }

    func saveProfile(_ request: Request) async throws -> Response {
        let beneficiary = try await beneficiary(request)
        let form = try request.content.decode(PortalProfileForm.self)
        func refuse(_ problems: [PortalProfileProblem], status: HTTPResponseStatus) -> Response {
            .html(
                PortalProfilePage.render(
                    .init(form: form, problems: problems, saved: false), context: PageContext(request: request)),
                status: status)
        }
        let change: PortalProfileChange
        switch form.parsed() {
        case .success(let parsed): change = parsed
        case .failure(let refused): return refuse(refused.problems, status: .unprocessableEntity)
        }
        let clock = request.manarat.configuration.clock
        do {
            try await request.audited(
                action: .portalProfileUpdate, recordType: .beneficiary, recordID: beneficiary.id.uuidString,
                summary: "contact details updated by the beneficiary"
            ) { db in
                try await PortalAccountService(store: PortalAccountRepository(database: db), clock: clock)
                    .updateProfile(beneficiary, with: change)
            }
        } catch RegistryConflict.changedBySomeoneElse {
            return refuse([.changedBySomeoneElse], status: .conflict)
        }
        return request.redirect(to: PortalURL.profile.path(query: [("saved", "1")]), redirectType: .normal)
    }

    func myData(_ request: Request) async throws -> Response {
        let export = try await exported(request, action: .portalMyDataView, summary: "viewed own data")
        return .html(
            MyDataPage.render(.init(export: export, detailsMissing: false), context: PageContext(request: request)))
    }

    /// The same page as a file to keep or print, so the copy does not depend on being signed in.
    func myDataHTML(_ request: Request) async throws -> Response {
        let export = try await exported(request, action: .portalMyDataDownload, summary: "downloaded own data as HTML")
        let response = Response.html(
            MyDataPage.render(.init(export: export, detailsMissing: false), context: PageContext(request: request)))
        response.headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"manarat-\(export.beneficiary.fileNumber).html\"")
        return response
    }

    func myDataJSON(_ request: Request) async throws -> Response {
        let export = try await exported(request, action: .portalMyDataDownload, summary: "downloaded own data")
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"manarat-\(export.beneficiary.fileNumber).json\"")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return Response(status: .ok, headers: headers, body: .init(data: try export.json()))
    }

    func dataRequest(_ request: Request) async throws -> Response {
        let beneficiary = try await beneficiary(request)
        let form = try request.content.decode(DataRequestForm.self)
        guard let parsed = form.parsed() else {
            let export = try await PortalDataExport.query(on: request.db, beneficiary: beneficiary)
            return .html(
                MyDataPage.render(.init(export: export, detailsMissing: true), context: PageContext(request: request)),
                status: .unprocessableEntity)
        }
        let today = today(request)
        let clock = request.manarat.configuration.clock
        let due = DataSubjectClock.dueDay(submittedOn: today)
        try await request.audited(
            action: .portalDataRequest, recordType: .beneficiary, recordID: beneficiary.id.uuidString,
            summary: "\(parsed.kind.rawValue) request, due \(due)"
        ) { db in
            try await PortalAccountService(store: PortalAccountRepository(database: db), clock: clock)
                .askAboutData(beneficiaryID: beneficiary.id, kind: parsed.kind, details: parsed.details, today: today)
        }
        return request.redirect(to: PortalURL.myData.path, redirectType: .normal)
    }

    func withdrawConsent(_ request: Request) async throws -> Response {
        let beneficiary = try await beneficiary(request)
        let clock = request.manarat.configuration.clock
        try await request.audited(
            action: .portalConsentWithdraw, recordType: .beneficiary, recordID: beneficiary.id.uuidString,
            summary: "consent to processing withdrawn"
        ) { db in
            try await PortalAccountService(store: PortalAccountRepository(database: db), clock: clock)
                .withdrawConsent(beneficiaryID: beneficiary.id)
        }
        return request.redirect(to: PortalURL.myData.path, redirectType: .normal)
    }

    /// Everything held about the signed-in beneficiary, its reading audited as `action`.
    private func exported(_ request: Request, action: AuditAction, summary: String) async throws -> PortalDataExport {
        let export = try await PortalDataExport.query(on: request.db, beneficiary: try await beneficiary(request))
        try await request.audited(
            action: action, recordType: .beneficiary, recordID: export.beneficiary.id.uuidString, summary: summary
        ) { _ in }
        return export
    }

    /// The signed-in beneficiary's file; 401 when the session names none.
    func beneficiary(_ request: Request) async throws -> Beneficiary {
        guard let id = request.signedInBeneficiary?.id,
            let beneficiary = try await BeneficiaryRepository(database: request.db).find(id: id)
        else { throw Abort(.unauthorized) }
        return beneficiary
    }

    private func today(_ request: Request) -> GregorianDay {
        GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
    }
}
