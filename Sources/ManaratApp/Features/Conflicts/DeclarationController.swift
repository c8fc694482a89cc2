import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Staff declare their relatives and interests; administrators see every declaration and
/// recusal. Each handler reads its input, asks a page's query or `ConflictService`, and hands
/// the model to the page.
struct DeclarationController {
    func mine(_ request: Request) async throws -> Response {
        let staff = try signedIn(request)
        let model = try await DeclarationsPage.Model.query(store(request), staffID: staff.id)
        return .html(DeclarationsPage.render(model, context: PageContext(request: request)))
    }

    func declare(_ request: Request) async throws -> Response {
        let staff = try signedIn(request)
        let form = try request.content.decode(DeclarationForm.self)
        let draft: DeclarationDraft
        switch form.parsed() {
        case .success(let parsed): draft = parsed
        case .failure(let refused):
            let model = try await DeclarationsPage.Model.query(
                store(request), staffID: staff.id, problems: refused.problems)
            return .html(
                DeclarationsPage.render(model, context: PageContext(request: request)), status: .unprocessableEntity)
        }
        let clock = request.manarat.configuration.clock
        try await request.audited(
            action: .declarationAdd, recordType: .staff, recordID: staff.id.uuidString,
            summary: "declared \(draft.relation.rawValue)"
        ) { db in
            try await ConflictService(store: ConflictRepository(database: db), clock: clock).declare(
                draft, by: staff.id)
        }
        return request.redirect(to: StaffURL.declarations.path, redirectType: .normal)
    }

    func withdraw(_ request: Request) async throws -> Response {
        let staff = try signedIn(request)
        guard let id = request.parameter(.declarationID, as: UUID.self) else { throw Abort(.notFound) }
        let clock = request.manarat.configuration.clock
        try await request.audited(
            action: .declarationWithdraw, recordType: .staff, recordID: staff.id.uuidString,
            summary: "withdrew declaration \(id.uuidString.lowercased())"
        ) { db in
            guard
                try await ConflictService(store: ConflictRepository(database: db), clock: clock).withdraw(
                    id, by: staff.id)
            else { throw Abort(.notFound) }
        }
        return request.redirect(to: StaffURL.declarations.path, redirectType: .normal)
    }

    func overview(_ request: Request) async throws -> Response {
        let model = try await ConflictOverviewPage.Model.query(on: request.db)
        return .html(ConflictOverviewPage.render(model, context: PageContext(request: request)))
    }

    private func signedIn(_ request: Request) throws -> StaffMember {
        guard let staff = request.staff else { throw Abort(.unauthorized) }
        return staff
    }

    private func store(_ request: Request) -> any ConflictStore {
        ConflictRepository(database: request.db)
    }
}
