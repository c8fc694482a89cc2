import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Administrators manage staff accounts: create, edit roles and branch, deactivate, reset
/// passwords. Each handler decodes its form, asks `StaffAccountService` and hands the model to
/// the page.
struct StaffAdminController {
    func list(_ request: Request) async throws -> Response {
        let saved = (try? request.query.get(String.self, at: "saved")) == "1"
        let model = try await StaffList.Model.query(on: request.db, saved: saved)
        return .html(StaffList.render(model, context: PageContext(request: request)))
    }

    func showNew(_ request: Request) async throws -> Response {
        let model = try await StaffEditor.Model.query(
            on: request.db, memberID: nil, form: .blank(branchID: request.staff?.branchID))
        return .html(StaffEditor.render(model, context: PageContext(request: request)))
    }

    func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(StaffAccountForm.self)
        let service = Self.service(request, on: request.db)
        let branches = try await BranchRepository(database: request.db).all()
        let draft: StaffDraft
        switch try await service.check(form, as: nil, branches: branches, by: request.staff) {
        case .success(let checked): draft = checked
        case .failure(let refused): return try await refuse(request, memberID: nil, form: form, refused.problems)
        }
        let password = try await service.temporaryPassword()
        let id = request.newID()
        try await request.audited(
            action: .staffCreate, recordType: .staff, recordID: id.uuidString,
            summary: StaffAccountService.summary(draft)
        ) { db in
            try await Self.service(request, on: db).create(draft, as: id, password: password)
        }
        return .html(
            TemporaryPasswordPage.render(
                .init(displayName: draft.displayName, username: draft.username, password: password.password),
                context: PageContext(request: request)), status: .created)
    }

    func showEdit(_ request: Request) async throws -> Response {
        let member = try await findMember(request)
        let model = try await StaffEditor.Model.query(
            on: request.db, memberID: member.id, form: StaffAccountForm(member: member))
        return .html(StaffEditor.render(model, context: PageContext(request: request)))
    }

    func update(_ request: Request) async throws -> Response {
        let member = try await findMember(request)
        let form = try request.content.decode(StaffAccountForm.self)
        let branches = try await BranchRepository(database: request.db).all()
        let draft: StaffDraft
        switch try await Self.service(request, on: request.db).check(
            form, as: member.id, branches: branches, by: request.staff)
        {
        case .success(let checked): draft = checked
        case .failure(let refused): return try await refuse(request, memberID: member.id, form: form, refused.problems)
        }
        try await request.audited(
            action: .staffUpdate, recordType: .staff, recordID: member.id.uuidString,
            summary: StaffAccountService.summary(of: member, changedTo: draft)
        ) { db in
            try await Self.service(request, on: db).update(member.id, to: draft)
        }
        return request.redirect(to: StaffURL.staffList.path(query: [("saved", "1")]), redirectType: .normal)
    }

    func resetPassword(_ request: Request) async throws -> Response {
        let member = try await findMember(request)
        let password = try await Self.service(request, on: request.db).temporaryPassword()
        try await request.audited(
            action: .staffPasswordReset, recordType: .staff, recordID: member.id.uuidString,
            summary: "temporary password set; sessions ended"
        ) { db in
            try await Self.service(request, on: db).reset(member.id, to: password)
        }
        return .html(
            TemporaryPasswordPage.render(
                .init(displayName: member.displayName, username: member.username, password: password.password),
                context: PageContext(request: request)))
    }

    private func refuse(
        _ request: Request, memberID: UUID?, form: StaffAccountForm, _ problems: [StaffAccountProblem]
    ) async throws -> Response {
        let model = try await StaffEditor.Model.query(
            on: request.db, memberID: memberID, form: form, problems: problems)
        return .html(StaffEditor.render(model, context: PageContext(request: request)), status: .unprocessableEntity)
    }

    private func findMember(_ request: Request) async throws -> StaffMember {
        guard let id = request.parameter(.staffID, as: UUID.self),
            let member = try await StaffAccountRepository(database: request.db).find(id: id)
        else { throw Abort(.notFound) }
        return member
    }

    /// The service on `database`, with bcrypt at the configured cost.
    private static func service(_ request: Request, on database: any Database) -> StaffAccountService {
        let configuration = request.manarat.configuration
        return StaffAccountService(
            store: StaffAccountRepository(database: database),
            passwords: .bcrypt(cost: configuration.bcryptCost, threadPool: request.application.threadPool),
            clock: configuration.clock, newPassword: { TemporaryPassword.make() })
    }
}
