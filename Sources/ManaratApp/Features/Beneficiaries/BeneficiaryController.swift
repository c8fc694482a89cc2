import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Registering, finding, reading and editing beneficiaries: each handler decodes its form, asks
/// `BeneficiaryService` or a page's query, and hands the model to the page.
struct BeneficiaryController {
    func list(_ request: Request) async throws -> Response {
        let model = try await BeneficiaryListPage.Model.query(
            request.db, query: (try? request.query.get(String.self, at: "q")) ?? "",
            page: (try? request.query.get(Int.self, at: "page")) ?? 1, staff: request.staff)
        return .html(BeneficiaryListPage.render(model, context: PageContext(request: request)))
    }

    func showNew(_ request: Request) async throws -> Response {
        try await editor(request, id: nil, form: BeneficiaryForm(branchID: request.staff?.branchID), status: .ok)
    }

    func create(_ request: Request) async throws -> Response {
        // A double click: the first post may have saved it already.
        if let earlier = try await request.earlierSubmission(of: .beneficiaryCreate) { return saved(request, earlier) }
        let form = try request.content.decode(BeneficiaryForm.self)
        let (categories, branches) = try await BeneficiaryEditor.Model.lists(request.db)
        let checker = service(request, on: request.db)
        let draft: BeneficiaryDraft
        switch try await checker.checkNew(form, categories: categories, branches: branches, today: today(request)) {
        case .success(let checked): draft = checked
        case .failure(let refused):
            if refused.problems.contains(where: { if case .identityTaken = $0 { true } else { false } }),
                let earlier = try await request.earlierSubmission(of: .beneficiaryCreate)
            {
                return saved(request, earlier)
            }
            return try await editor(
                request, id: nil, form: form, problems: refused.problems, status: .unprocessableEntity)
        }
        let duplicates = try await checker.duplicates(of: draft)
        if BeneficiaryService.needsReview(duplicates, form: form) {
            // Staff see who this might be before anything is saved, and must say it is someone else.
            return try await editor(request, id: nil, form: form, duplicates: duplicates, status: .ok)
        }
        let id = request.newID()
        let staffID = request.staff?.id
        let created: UUID
        do {
            created = try await request.auditedCreation(
                recordID: id, action: .beneficiaryCreate, recordType: .beneficiary,
                summary:
                    "identity=\(draft.identity.type.rawValue) consent=\(PrivacyNotice.currentVersion) via \(form.consentThrough.rawValue); not a duplicate of \(duplicates.count) candidate(s)"
            ) { db in
                try await BeneficiaryService(store: BeneficiaryRepository(database: db), clock: checker.clock).register(
                    draft, id: id, consentThrough: form.consentThrough, notDuplicateOf: duplicates, by: staffID)
            }
        } catch RegistryConflict.identityTaken(let existing) {
            return try await editor(
                request, id: nil, form: form, problems: [.identityTaken(existing: existing)], status: .conflict)
        }
        return saved(request, created)
    }

    func showEdit(_ request: Request) async throws -> Response {
        let beneficiary = try await find(request)
        return try await editor(request, id: beneficiary.id, form: BeneficiaryForm(beneficiary), status: .ok)
    }

    func update(_ request: Request) async throws -> Response {
        let existing = try await find(request)
        let form = try request.content.decode(BeneficiaryForm.self)
        let (categories, branches) = try await BeneficiaryEditor.Model.lists(request.db)
        let (parsed, problems) = form.parsed(categories: categories, branches: branches, today: today(request))
        guard let draft = parsed, problems.isEmpty else {
            return try await editor(
                request, id: existing.id, form: form, problems: problems, status: .unprocessableEntity)
        }
        let mayEditSensitive = SensitiveData.mayRead(request.staff?.roles ?? [])
        let changed = BeneficiaryService.changes(existing, draft, mayEditSensitive: mayEditSensitive)
        do {
            try await request.audited(
                action: .beneficiaryUpdate, recordType: .beneficiary, recordID: existing.id.uuidString,
                summary: "changed: " + (changed.isEmpty ? "nothing" : changed.joined(separator: ", "))
            ) { db in
                try await service(request, on: db).update(
                    existing, with: draft, readAt: form.version ?? 0, mayEditSensitive: mayEditSensitive)
            }
        } catch RegistryConflict.changedBySomeoneElse {
            return try await editor(
                request, id: existing.id, form: form, problems: [.changedBySomeoneElse], status: .conflict)
        } catch RegistryConflict.identityTaken(let other) {
            return try await editor(
                request, id: existing.id, form: form, problems: [.identityTaken(existing: other)], status: .conflict)
        }
        return saved(request, existing.id)
    }

    func file(_ request: Request) async throws -> Response {
        let beneficiary = try await find(request)
        let mayReadSensitive = SensitiveData.mayRead(request.staff?.roles ?? [])
        // Reading a file is recorded: who looked at whom.
        try await request.audited(
            action: .beneficiaryView, recordType: .beneficiary, recordID: beneficiary.id.uuidString,
            summary: mayReadSensitive ? "file opened with sensitive fields" : "file opened without sensitive fields"
        ) { _ in }
        let model = try await BeneficiaryFilePage.Model.query(
            request.db, beneficiary: beneficiary, staff: request.staff, language: request.language,
            saved: (try? request.query.get(String.self, at: "saved")) == "1")
        return .html(BeneficiaryFilePage.render(model, context: PageContext(request: request)))
    }

    /// The employee's decision on a possible duplicate shown on the file.
    struct DuplicateForm: Content {
        var otherID: String?
        /// "linked" for the same person, "notDuplicate" for someone else.
        var decision: String?
    }

    func decideDuplicate(_ request: Request) async throws -> Response {
        let beneficiary = try await find(request)
        let form = try request.content.decode(DuplicateForm.self)
        guard let otherID = form.otherID.flatMap(UUID.init(uuidString:)), otherID != beneficiary.id,
            let other = try await BeneficiaryRepository(database: request.db).find(id: otherID),
            let decision = form.decision, ["linked", "notDuplicate"].contains(decision)
        else {
            throw Abort(.badRequest)
        }
        let staffID = request.staff?.id
        try await request.audited(
            action: .beneficiaryDuplicateDecision, recordType: .beneficiary, recordID: beneficiary.id.uuidString,
            summary: "\(decision) with \(other.fileNumber) (score \(BeneficiaryService.score(beneficiary, other)))"
        ) { db in
            try await service(request, on: db).decideDuplicate(
                beneficiary, other, samePerson: decision == "linked", by: staffID)
        }
        return saved(request, beneficiary.id)
    }

    /// The beneficiary named by the URL; 404 when there is none.
    func find(_ request: Request) async throws -> Beneficiary {
        guard let id = request.parameter(.beneficiaryID, as: UUID.self),
            let beneficiary = try await BeneficiaryRepository(database: request.db).find(id: id)
        else {
            throw Abort(.notFound)
        }
        return beneficiary
    }

    private func editor(
        _ request: Request, id: UUID?, form: BeneficiaryForm, problems: [BeneficiaryProblem] = [],
        duplicates: [PossibleDuplicate] = [], status: HTTPResponseStatus
    ) async throws -> Response {
        let model = try await BeneficiaryEditor.Model.query(
            request.db, id: id, form: form, problems: problems, duplicates: duplicates,
            mayEditSensitive: SensitiveData.mayRead(request.staff?.roles ?? []))
        return .html(BeneficiaryEditor.render(model, context: PageContext(request: request)), status: status)
    }

    private func saved(_ request: Request, _ id: UUID) -> Response {
        request.redirect(to: StaffURL.beneficiary(id).path(query: [("saved", "1")]), redirectType: .normal)
    }

    private func today(_ request: Request) -> GregorianDay {
        GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
    }

    private func service(_ request: Request, on database: any Database) -> BeneficiaryService {
        BeneficiaryService(store: BeneficiaryRepository(database: database), clock: request.manarat.configuration.clock)
    }
}
