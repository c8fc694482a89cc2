import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The breach register (PDPL): admins record each personal-data incident when they learn of it;
/// the page counts down the 72 hours to the regulator's notice and flags those past it.
struct BreachController {
    /// The regulator's reference of a notice.
    struct RegulatorForm: Content {
        var regulatorReference: String?
    }

    func list(_ request: Request) async throws -> Response {
        try await page(request, form: .blank, problems: [], status: .ok)
    }

    func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(BreachForm.self)
        guard let staff = request.staff else { throw Abort(.unauthorized) }
        let draft: BreachDraft
        switch form.parsed(timeZone: request.manarat.configuration.timeZone, now: request.now) {
        case .success(let parsed): draft = parsed
        case .failure(let refused):
            return try await page(request, form: form, problems: refused.problems, status: .unprocessableEntity)
        }
        let id = request.newID()
        // The reference is given inside the transaction, so the change returns it.
        let reference = try await request.audited(
            action: .breachRecord, recordType: .breach, recordID: id.uuidString,
            summary: "discovered \(AuditRecord.storedInstant(draft.discoveredAt)), \(draft.peopleAffected) people"
        ) { db in
            try await request.dataProtection(on: db).record(draft, as: id, by: staff.id)
        }
        return request.redirect(to: StaffURL.breaches.path(query: [("recorded", reference)]), redirectType: .normal)
    }

    func regulatorNotified(_ request: Request) async throws -> Response {
        let id = try await breach(request)
        let reference = (try request.content.decode(RegulatorForm.self).regulatorReference ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reference.isEmpty, reference.count <= 100 else {
            return try await page(
                request, form: .blank, problems: [.regulatorReferenceMissing(breachID: id)],
                status: .unprocessableEntity)
        }
        return try await mark(request) {
            try await request.audited(
                action: .breachRegulatorNotified, recordType: .breach, recordID: id.uuidString,
                summary: "regulator reference \(reference)"
            ) { db in
                try await request.dataProtection(on: db).regulatorNotified(id, reference: reference)
            }
        }
    }

    func subjectsNotified(_ request: Request) async throws -> Response {
        let id = try await breach(request)
        return try await mark(request) {
            try await request.audited(
                action: .breachSubjectsNotified, recordType: .breach, recordID: id.uuidString,
                summary: "people affected told"
            ) { db in
                try await request.dataProtection(on: db).subjectsNotified(id)
            }
        }
    }

    /// Records a notice; one recorded already (a second click, another admin) changes and audits
    /// nothing and says so.
    private func mark(_ request: Request, _ body: () async throws -> Void) async throws -> Response {
        do {
            try await body()
        } catch let refused as DataProtectionProblems {
            return try await page(request, form: .blank, problems: refused.problems, status: .conflict)
        }
        return request.redirect(to: StaffURL.breaches.path, redirectType: .normal)
    }

    private func breach(_ request: Request) async throws -> UUID {
        guard let id = request.parameter(.breachID, as: UUID.self),
            try await BreachRepository(database: request.db).find(id: id) != nil
        else { throw Abort(.notFound) }
        return id
    }

    private func page(
        _ request: Request, form: BreachForm, problems: [DataProtectionProblem], status: HTTPResponseStatus
    ) async throws -> Response {
        let model = BreachesPage.Model(
            breaches: try await BreachRepository(database: request.db).all(), form: form, problems: problems,
            recorded: try? request.query.get(String.self, at: "recorded"), now: request.now)
        return .html(BreachesPage.render(model, context: PageContext(request: request)), status: status)
    }
}
