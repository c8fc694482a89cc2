import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Supporters and donors (الداعمون): who they are, how to reach them, what they gave. Each
/// handler reads its form, asks `SupporterService`, and hands a model to the page.
struct SupporterController {
    func list(_ request: Request) async throws -> Response {
        let model = try await SupporterList.Model.query(
            store(request), search: (try? request.query.get(String.self, at: "q")) ?? "", staff: request.staff)
        return .html(SupporterList.render(model, context: PageContext(request: request)))
    }

    func show(_ request: Request) async throws -> Response {
        let supporter = try await find(request)
        let model = try await SupporterPage.Model.query(
            store(request), supporter: supporter, staff: request.staff,
            saved: (try? request.query.get(String.self, at: "saved")) == "1")
        return .html(SupporterPage.render(model, context: PageContext(request: request)))
    }

    func showNew(_ request: Request) async throws -> Response {
        editor(request, .init(supporterID: nil, form: .blank, problems: []), status: .ok)
    }

    func showEdit(_ request: Request) async throws -> Response {
        let supporter = try await find(request)
        return editor(
            request, .init(supporterID: supporter.id, form: SupporterForm(supporter: supporter), problems: []),
            status: .ok)
    }

    func create(_ request: Request) async throws -> Response { try await save(request, existing: nil) }

    func update(_ request: Request) async throws -> Response {
        try await save(request, existing: try await find(request))
    }

    private func save(_ request: Request, existing: Supporter?) async throws -> Response {
        let form = try request.content.decode(SupporterForm.self)
        let draft: SupporterDraft
        switch form.parsed() {
        case .success(let parsed): draft = parsed
        case .failure(let refused):
            return editor(
                request, .init(supporterID: existing?.id, form: form, problems: refused.problems),
                status: .unprocessableEntity)
        }
        let saved: UUID
        if let existing {
            try await request.audited(
                action: .supporterUpdate, recordType: .supporter, recordID: existing.id.uuidString,
                summary: draft.auditSummary
            ) { db in
                try await Self.service(request, on: db).save(draft, as: existing.id)
            }
            saved = existing.id
        } else {
            let id = request.newID()
            saved = try await request.auditedCreation(
                recordID: id, action: .supporterCreate, recordType: .supporter, summary: draft.auditSummary
            ) { db in
                try await Self.service(request, on: db).save(draft, as: id)
            }
        }
        return request.redirect(to: StaffURL.supporter(saved).path + "?saved=1", redirectType: .normal)
    }

    func addEntry(_ request: Request) async throws -> Response {
        let supporter = try await find(request)
        let form = try request.content.decode(SupportEntryForm.self)
        let back = StaffURL.supporter(supporter.id).path
        let entry: SupportEntry
        switch Self.service(request, on: request.db).entry(form, from: supporter.id) {
        case .success(let parsed): entry = parsed
        case .failure(let refused):
            return try await PartyErrorPage.render(
                request, errors: SupporterText(strings: request.strings).errors(refused.problems), back: back)
        }
        _ = try await request.auditedCreation(
            recordID: entry.id, action: .supporterSupportAdd, recordType: .supporter,
            auditedAs: supporter.id.uuidString,
            summary: "\(entry.kind.rawValue) \(entry.amount.plain) SAR on \(entry.receivedOn)"
        ) { db in
            try await Self.service(request, on: db).add(entry)
        }
        return request.redirect(to: back + "?saved=1", redirectType: .normal)
    }

    private func find(_ request: Request) async throws -> Supporter {
        guard let id = request.parameter(.supporterID, as: UUID.self),
            let supporter = try await store(request).find(id: id)
        else { throw Abort(.notFound) }
        return supporter
    }

    private func editor(_ request: Request, _ model: SupporterEditor.Model, status: HTTPResponseStatus) -> Response {
        .html(SupporterEditor.render(model, context: PageContext(request: request)), status: status)
    }

    private func store(_ request: Request) -> any SupporterStore {
        SupporterStoreRepository(database: request.db)
    }

    /// The service on `database`, with the application's clock, ids and time zone; the contact
    /// page's controller builds it here too.
    static func service(_ request: Request, on database: any Database) -> SupporterService {
        let configuration = request.manarat.configuration
        return SupporterService(
            store: SupporterStoreRepository(database: database), clock: configuration.clock, ids: configuration.ids,
            timeZone: configuration.timeZone)
    }
}
