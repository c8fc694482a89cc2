import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The outbox as staff see it, the administrators' template editor and message log, and the
/// beneficiary's inbox and notification preference in the portal. Each handler reads its input,
/// asks a page's query or `NotificationsService`, and hands the model to the page.
struct NotificationsController {
    /// Who may watch the outbox and send a failed message again.
    static let outboxReaders: Set<Role> = [.admin, .quality]

    // MARK: Staff: the outbox and the message log

    func outbox(_ request: Request) async throws -> Response {
        let status = (try? request.query.get(String.self, at: "status")).flatMap(OutboxStatus.init(rawValue:))
        let model = try await OutboxPage.Model.query(on: request.db, status: status)
        return .html(OutboxPage.render(model, context: PageContext(request: request)))
    }

    func resend(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.notificationID, as: UUID.self) else { throw Abort(.notFound) }
        let clock = request.manarat.configuration.clock
        try await request.audited(
            action: .notificationResend, recordType: .notification, recordID: id.uuidString,
            summary: "failed message put back in line"
        ) { db in
            guard try await NotificationsService(store: OutboxRepository(database: db), clock: clock).resend(id)
            else { throw Abort(.notFound) }
        }
        return request.redirect(to: StaffURL.outbox.path, redirectType: .normal)
    }

    func messages(_ request: Request) async throws -> Response {
        let model = try await MessageLogPage.Model.query(on: request.db)
        return .html(MessageLogPage.render(model, context: PageContext(request: request)))
    }

    // MARK: Staff: templates

    func templates(_ request: Request) async throws -> Response {
        let model = try await TemplateListPage.Model.query(on: request.db)
        return .html(TemplateListPage.render(model, context: PageContext(request: request)))
    }

    func showTemplate(_ request: Request) async throws -> Response {
        let model = try await TemplateEditorPage.Model.query(on: request.db, key: try Self.templateKey(request))
        return .html(TemplateEditorPage.render(model, context: PageContext(request: request)))
    }

    func saveTemplate(_ request: Request) async throws -> Response {
        let key = try Self.templateKey(request)
        let form = try request.content.decode(TemplateForm.self)
        let draft: TemplateDraft
        switch form.parsed(for: key.event) {
        case .success(let parsed): draft = parsed
        case .failure(let refused):
            let model = TemplateEditorPage.Model(key: key, form: form, problems: refused.problems)
            return .html(
                TemplateEditorPage.render(model, context: PageContext(request: request)), status: .unprocessableEntity)
        }
        let editor = request.staff?.username ?? ""
        let clock = request.manarat.configuration.clock
        try await request.audited(
            action: .notificationTemplateSave, recordType: .notificationTemplate, recordID: key.auditID,
            summary: String(draft.body.prefix(200))
        ) { db in
            try await NotificationsService(store: OutboxRepository(database: db), clock: clock)
                .saveTemplate(draft, for: key, editor: editor)
        }
        return request.redirect(to: StaffURL.templates.path, redirectType: .normal)
    }

    private static func templateKey(_ request: Request) throws -> TemplateKey {
        guard
            let key = TemplateKey(
                event: request.parameter(.event), channel: request.parameter(.channel),
                language: request.parameter(.language))
        else { throw Abort(.notFound) }
        return key
    }

    // MARK: Portal: inbox and preference

    func inbox(_ request: Request) async throws -> Response {
        guard let beneficiary = request.signedInBeneficiary else { throw Abort(.notFound) }
        let model = try await InboxPage.Model.query(on: request.db, beneficiaryID: beneficiary.id)
        if model.hasUnread {
            let clock = request.manarat.configuration.clock
            try await request.audited(
                action: .portalInboxRead, recordType: .beneficiary, recordID: beneficiary.id.uuidString,
                summary: "inbox read"
            ) { db in
                try await NotificationsService(store: OutboxRepository(database: db), clock: clock)
                    .markInboxRead(beneficiaryID: beneficiary.id)
            }
        }
        return .html(InboxPage.render(model, context: PageContext(request: request)))
    }

    func showSettings(_ request: Request) async throws -> Response {
        guard let beneficiary = request.signedInBeneficiary else { throw Abort(.notFound) }
        let model = try await NotificationSettingsPage.Model.query(
            on: request.db, beneficiaryID: beneficiary.id, settings: request.manarat.configuration.notifications)
        return .html(NotificationSettingsPage.render(model, context: PageContext(request: request)))
    }

    func saveSettings(_ request: Request) async throws -> Response {
        guard let beneficiary = request.signedInBeneficiary else { throw Abort(.notFound) }
        let form = try request.content.decode(NotificationSettingsForm.self)
        let settings = request.manarat.configuration.notifications
        var model = NotificationSettingsPage.Model(
            offered: NotificationSettingsForm.offeredChannels(settings), offersEmail: settings.smtp != nil,
            form: form, saved: false, problem: nil)
        model.form.email = form.trimmedEmail
        let choice: NotificationChoice
        switch form.parsed(offered: model.offered) {
        case .success(let parsed): choice = parsed
        case .failure(let problem):
            model.problem = problem
            return .html(
                NotificationSettingsPage.render(model, context: PageContext(request: request)),
                status: .unprocessableEntity)
        }
        let clock = request.manarat.configuration.clock
        try await request.audited(
            action: .portalNotificationPreference, recordType: .beneficiary, recordID: beneficiary.id.uuidString,
            summary: "channel \(choice.channel.rawValue), opted out \(choice.optedOut)"
        ) { db in
            try await NotificationsService(store: OutboxRepository(database: db), clock: clock)
                .savePreference(choice, for: beneficiary.id)
        }
        model.saved = true
        return .html(NotificationSettingsPage.render(model, context: PageContext(request: request)))
    }
}
