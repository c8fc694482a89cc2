import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Administrators manage the branch offices.
struct BranchAdminController {
    struct Form: Content {
        var code: String?
        var nameArabic: String?
        var nameEnglish: String?
        var city: String?
        var isActive: String?
    }

    func list(_ request: Request) async throws -> Response {
        let branches = try await BranchRepository(database: request.db).all()
        let saved = (try? request.query.get(String.self, at: "saved")) == "1"
        return .html(
            BranchListPage.render(.init(branches: branches, saved: saved), context: PageContext(request: request)))
    }

    func showNew(_ request: Request) async throws -> Response {
        .html(
            BranchFormPage.render(
                .init(id: nil, code: "", nameArabic: "", nameEnglish: "", city: "", isActive: true, errors: []),
                context: PageContext(request: request)))
    }

    func showEdit(_ request: Request) async throws -> Response {
        let branch = try await find(request)
        return .html(
            BranchFormPage.render(
                .init(
                    id: branch.id, code: branch.code, nameArabic: branch.nameArabic, nameEnglish: branch.nameEnglish,
                    city: branch.city, isActive: branch.isActive, errors: []), context: PageContext(request: request)))
    }

    func create(_ request: Request) async throws -> Response {
        try await save(request, existing: nil)
    }

    func update(_ request: Request) async throws -> Response {
        try await save(request, existing: try await find(request))
    }

    private func save(_ request: Request, existing: Branch?) async throws -> Response {
        let form = try request.content.decode(Form.self)
        let strings = request.strings
        var errors: [FieldError] = []
        let code = (form.code ?? "").trimmingCharacters(in: .whitespaces).uppercased()
        let nameArabic = (form.nameArabic ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let nameEnglish = (form.nameEnglish ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let city = (form.city ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let codeCharacters = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
        if code.isEmpty || code.count > 10 || !code.allSatisfy({ codeCharacters.contains($0) }) {
            errors.append(FieldError(field: "code", message: strings[.branchCodeInvalid]))
        } else if try await BranchRepository(database: request.db).codeTaken(code, except: existing?.id) {
            errors.append(FieldError(field: "code", message: strings[.branchCodeTaken]))
        }
        if nameArabic.isEmpty || nameArabic.count > 100 {
            errors.append(FieldError(field: "nameArabic", message: strings[.fieldRequired]))
        }
        if nameEnglish.isEmpty || nameEnglish.count > 100 {
            errors.append(FieldError(field: "nameEnglish", message: strings[.fieldRequired]))
        }
        if city.isEmpty || city.count > 100 {
            errors.append(FieldError(field: "city", message: strings[.fieldRequired]))
        }
        guard errors.isEmpty else {
            let model = BranchFormPage.Model(
                id: existing?.id, code: form.code ?? "", nameArabic: form.nameArabic ?? "",
                nameEnglish: form.nameEnglish ?? "", city: form.city ?? "", isActive: form.isActive == "on",
                errors: errors)
            return .html(
                BranchFormPage.render(model, context: PageContext(request: request)), status: .unprocessableEntity)
        }
        let branch = Branch(
            id: existing?.id ?? request.manarat.configuration.ids.next(), code: code, nameArabic: nameArabic,
            nameEnglish: nameEnglish, city: city, isActive: form.isActive == "on")
        let now = request.now
        let after =
            "code=\(branch.code) ar=\(branch.nameArabic) en=\(branch.nameEnglish) city=\(branch.city) active=\(branch.isActive)"
        let summary =
            existing.map {
                "before: code=\($0.code) ar=\($0.nameArabic) en=\($0.nameEnglish) city=\($0.city) active=\($0.isActive) | after: "
                    + after
            } ?? after
        try await request.audited(
            action: existing == nil ? .branchCreate : .branchUpdate, recordType: .branch,
            recordID: branch.id.uuidString, summary: summary
        ) { db in
            try await BranchRepository(database: db).save(branch, at: now)
        }
        return request.redirect(to: StaffURL.branchList.path(query: [("saved", "1")]), redirectType: .normal)
    }

    private func find(_ request: Request) async throws -> Branch {
        guard let id = request.parameter(.branchID, as: UUID.self),
            let branch = try await BranchRepository(database: request.db).find(id: id)
        else {
            throw Abort(.notFound)
        }
        return branch
    }
}
