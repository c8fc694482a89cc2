import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Administrators manage staff accounts: create, edit roles and branch, deactivate, reset passwords.
struct StaffAdminController {
    struct Form: Content {
        var username: String?
        var displayName: String?
        var branchID: String?
        var roles: [String]?
        var isActive: String?
    }

    func list(_ request: Request) async throws -> Response {
        let members = try await StaffRepository(database: request.db).all()
        let branches = Dictionary(
            uniqueKeysWithValues: try await BranchRepository(database: request.db).all().map { ($0.id, $0) })
        let rows = members.map { member in
            StaffListPage.Row(
                id: member.id, displayName: member.displayName, username: member.username, roles: member.roles.sorted(),
                branchName: member.branchID.flatMap { branches[$0]?.name(in: request.language) },
                isActive: member.isActive)
        }
        let saved = (try? request.query.get(String.self, at: "saved")) == "1"
        return .html(StaffListPage.render(.init(rows: rows, saved: saved), context: PageContext(request: request)))
    }

    func showNew(_ request: Request) async throws -> Response {
        let branches = try await BranchRepository(database: request.db).all()
        let model = StaffFormPage.Model(
            id: nil, username: "", displayName: "", roles: [],
            branchID: request.staff?.branchID?.uuidString.lowercased() ?? "", isActive: true, branches: branches,
            errors: [])
        return .html(StaffFormPage.render(model, context: PageContext(request: request)))
    }

    func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(Form.self)
        let branches = try await BranchRepository(database: request.db).all()
        let (draft, errors) = try await validate(form, id: nil, branches: branches, request: request)
        guard let draft, errors.isEmpty else {
            return .html(
                StaffFormPage.render(
                    Self.model(form, id: nil, branches: branches, errors: errors),
                    context: PageContext(request: request)), status: .unprocessableEntity)
        }
        let password = TemporaryPassword.make()
        let hash = try await request.hashPassword(password)
        let id = request.manarat.configuration.ids.next()
        let now = request.now
        try await request.audited(
            action: .staffCreate, recordType: .staff, recordID: id.uuidString, summary: Self.summary(draft)
        ) { db in
            _ = try await StaffRepository(database: db).create(
                id: id, draft: draft, passwordHash: hash, mustChangePassword: true, at: now)
        }
        return .html(
            TemporaryPasswordPage.render(
                .init(displayName: draft.displayName, username: draft.username, password: password),
                context: PageContext(request: request)), status: .created)
    }

    func showEdit(_ request: Request) async throws -> Response {
        let member = try await findMember(request)
        let branches = try await BranchRepository(database: request.db).all()
        let model = StaffFormPage.Model(
            id: member.id, username: member.username, displayName: member.displayName,
            roles: Set(member.roles.map(\.rawValue)), branchID: member.branchID?.uuidString.lowercased() ?? "",
            isActive: member.isActive, branches: branches, errors: [])
        return .html(StaffFormPage.render(model, context: PageContext(request: request)))
    }

    func update(_ request: Request) async throws -> Response {
        let member = try await findMember(request)
        let form = try request.content.decode(Form.self)
        let branches = try await BranchRepository(database: request.db).all()
        var (draft, errors) = try await validate(form, id: member.id, branches: branches, request: request)
        if member.id == request.staff?.id, let proposed = draft, !proposed.roles.contains(.admin) || !proposed.isActive
        {
            // An administrator removing their own access could leave nobody able to manage staff.
            errors.append(FieldError(field: "roles", message: request.strings[.cannotDemoteSelf]))
            draft = nil
        }
        guard let draft, errors.isEmpty else {
            return .html(
                StaffFormPage.render(
                    Self.model(form, id: member.id, branches: branches, errors: errors),
                    context: PageContext(request: request)), status: .unprocessableEntity)
        }
        let now = request.now
        let summary =
            "before: "
            + Self.summary(
                StaffDraft(
                    username: member.username, displayName: member.displayName, roles: member.roles,
                    branchID: member.branchID, isActive: member.isActive)) + " | after: " + Self.summary(draft)
        try await request.audited(
            action: .staffUpdate, recordType: .staff, recordID: member.id.uuidString, summary: summary
        ) { db in
            try await StaffRepository(database: db).update(id: member.id, draft: draft, at: now)
            if !draft.isActive { try await SessionRepository(database: db).deleteAll(staffID: member.id) }
        }
        return request.redirect(to: StaffURL.staffList.path(query: [("saved", "1")]), redirectType: .normal)
    }

    func resetPassword(_ request: Request) async throws -> Response {
        let member = try await findMember(request)
        let password = TemporaryPassword.make()
        let hash = try await request.hashPassword(password)
        let now = request.now
        try await request.audited(
            action: .staffPasswordReset, recordType: .staff, recordID: member.id.uuidString,
            summary: "temporary password set; sessions ended"
        ) { db in
            try await StaffRepository(database: db).setPassword(
                id: member.id, passwordHash: hash, mustChange: true, at: now)
            try await SessionRepository(database: db).deleteAll(staffID: member.id)
        }
        return .html(
            TemporaryPasswordPage.render(
                .init(displayName: member.displayName, username: member.username, password: password),
                context: PageContext(request: request)))
    }

    private func findMember(_ request: Request) async throws -> StaffMember {
        guard let id = request.parameter(.staffID, as: UUID.self),
            let member = try await StaffRepository(database: request.db).find(id: id)
        else {
            throw Abort(.notFound)
        }
        return member
    }

    private func validate(_ form: Form, id: UUID?, branches: [Branch], request: Request) async throws -> (
        StaffDraft?, [FieldError]
    ) {
        let strings = request.strings
        var errors: [FieldError] = []
        let displayName = (form.displayName ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if displayName.isEmpty {
            errors.append(FieldError(field: "displayName", message: strings[.displayNameRequired]))
        }
        if displayName.count > 100 {
            errors.append(FieldError(field: "displayName", message: strings[.displayNameTooLong]))
        }
        var username = ""
        switch StaffRules.normalizedUsername(form.username ?? "") {
        case .success(let value):
            username = value
            if try await StaffRepository(database: request.db).usernameTaken(value, except: id) {
                errors.append(FieldError(field: "username", message: strings[.usernameTaken]))
            }
        case .failure(.empty): errors.append(FieldError(field: "username", message: strings[.usernameRequired]))
        case .failure(.invalidCharacters):
            errors.append(FieldError(field: "username", message: strings[.usernameInvalid]))
        case .failure(.tooLong): errors.append(FieldError(field: "username", message: strings[.usernameTooLong]))
        }
        let roles = Set((form.roles ?? []).compactMap(Role.init(rawValue:)))
        if roles.isEmpty || roles.count != (form.roles ?? []).count {
            errors.append(FieldError(field: "roles", message: strings[.rolesRequired]))
        }
        var branchID: UUID?
        if let raw = form.branchID, !raw.isEmpty {
            if let parsed = UUID(uuidString: raw), branches.contains(where: { $0.id == parsed }) {
                branchID = parsed
            } else {
                errors.append(FieldError(field: "branchID", message: strings[.branchUnknown]))
            }
        }
        guard errors.isEmpty else { return (nil, errors) }
        return (
            StaffDraft(
                username: username, displayName: displayName, roles: roles, branchID: branchID,
                isActive: form.isActive == "on"), []
        )
    }

    private static func model(_ form: Form, id: UUID?, branches: [Branch], errors: [FieldError]) -> StaffFormPage.Model
    {
        StaffFormPage.Model(
            id: id, username: form.username ?? "", displayName: form.displayName ?? "", roles: Set(form.roles ?? []),
            branchID: form.branchID ?? "", isActive: form.isActive == "on", branches: branches, errors: errors)
    }

    private static func summary(_ draft: StaffDraft) -> String {
        "username=\(draft.username) name=\(draft.displayName) roles=\(draft.roles.sorted().map(\.rawValue).joined(separator: ",")) branch=\(draft.branchID?.uuidString.lowercased() ?? "-") active=\(draft.isActive)"
    }
}
