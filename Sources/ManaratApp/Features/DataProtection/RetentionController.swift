import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The retention schedule (PDPL): how long each kind of record is kept, the beneficiaries on legal
/// hold, and what `manarat retention run` would do if it ran now.
struct RetentionController {
    func show(_ request: Request) async throws -> Response {
        try await page(request, saved: (try? request.query.get(String.self, at: "saved")) == "1")
    }

    func saveSchedule(_ request: Request) async throws -> Response {
        let form = try request.content.decode(RetentionScheduleForm.self)
        let before = try await store(request).schedule()
        let schedule: RetentionSchedule
        switch form.parsed(over: before) {
        case .success(let parsed): schedule = parsed
        case .failure(let refused):
            return try await page(request, form: form, problems: refused.problems, status: .unprocessableEntity)
        }
        let summary = DataProtectionService.changes(from: before, to: schedule)
        try await request.audited(
            action: .retentionSchedule, recordType: .settings, recordID: "retention",
            summary: summary.isEmpty ? "unchanged" : summary.joined(separator: ", ")
        ) { db in
            try await request.dataProtection(on: db).save(schedule)
        }
        return request.redirect(to: StaffURL.retention.path(query: [("saved", "1")]), redirectType: .normal)
    }

    func addHold(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LegalHoldForm.self)
        let hold: (beneficiaryID: UUID, reason: String)
        do {
            hold = try await request.dataProtection().hold(form)
        } catch let refused as DataProtectionProblems {
            return try await page(request, holdForm: form, problems: refused.problems, status: .unprocessableEntity)
        }
        try await request.audited(
            action: .retentionHold, recordType: .beneficiary, recordID: hold.beneficiaryID.uuidString,
            summary: "legal hold placed"
        ) { db in
            try await request.dataProtection(on: db).setHold(hold.beneficiaryID, reason: hold.reason)
        }
        return request.redirect(to: StaffURL.retention.path, redirectType: .normal)
    }

    func releaseHold(_ request: Request) async throws -> Response {
        guard let beneficiaryID = request.parameter(.beneficiaryID, as: UUID.self),
            try await store(request).legalHolds().contains(where: { $0.beneficiaryID == beneficiaryID })
        else { throw Abort(.notFound) }
        try await request.audited(
            action: .retentionRelease, recordType: .beneficiary, recordID: beneficiaryID.uuidString,
            summary: "legal hold released"
        ) { db in
            try await request.dataProtection(on: db).setHold(beneficiaryID, reason: "")
        }
        return request.redirect(to: StaffURL.retention.path, redirectType: .normal)
    }

    private func page(
        _ request: Request, form: RetentionScheduleForm? = nil, holdForm: LegalHoldForm = LegalHoldForm(),
        problems: [DataProtectionProblem] = [], saved: Bool = false, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await RetentionPage.Model.query(
            store(request), now: request.now, timeZone: request.manarat.configuration.timeZone, form: form,
            holdForm: holdForm, problems: problems, saved: saved)
        return .html(RetentionPage.render(model, context: PageContext(request: request)), status: status)
    }

    private func store(_ request: Request) -> any RetentionStore {
        RetentionStoreRepository(database: request.db)
    }
}
