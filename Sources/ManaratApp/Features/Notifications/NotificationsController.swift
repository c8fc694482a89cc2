import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// The outbox as staff see it, the administrators' template editor, and the beneficiary's
/// inbox and notification preference in the portal.
struct NotificationsController {
    /// Who may watch the outbox and send a failed message again.
    static let outboxReaders: Set<Role> = [.admin, .quality]

    // MARK: Staff: the outbox

    func outbox(_ request: Request) async throws -> Response {
        let status = (try? request.query.get(String.self, at: "status")).flatMap(OutboxStatus.init(rawValue:))
        let repository = OutboxRepository(database: request.db)
        let entries = try await repository.list(status: status, limit: 100)
        let counts = try await repository.countsByStatus()
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings[.outboxTitle], context: context,
                content: .group(
                    .h1(.text(strings[.outboxTitle])),
                    .p(.class("muted"), .text(strings[.outboxExplain])),
                    .nav(
                        .class("actions"), .attribute(named: "aria-label", value: strings[.outboxFilter]),
                        .a(
                            .class(status == nil ? "button" : "button button-secondary"), .href(StaffURL.outbox.path),
                            .text(strings[.outboxAll])),
                        .forEach(OutboxStatus.allCases) { item in
                            .a(
                                .class(status == item ? "button" : "button button-secondary"),
                                .href(StaffURL.outbox.path(query: [("status", item.rawValue)])),
                                .text(strings.outboxStatus(item) + " (" + strings.number(counts[item] ?? 0) + ")"))
                        }),
                    .if(entries.isEmpty, .p(.class("card"), .text(strings[.noRecordsYet]))),
                    .if(
                        !entries.isEmpty,
                        DataTable.render(
                            headers: [
                                strings[.auditWhen], strings[.outboxEvent], strings[.channelLabel],
                                strings[.outboxAddress], strings[.outboxStatusLabel], strings[.outboxAttempts],
                                strings[.outboxProviderAnswer], strings[.actionsColumn],
                            ],
                            rows: entries.map { entry in
                                [
                                    .text(context.dates.dualWithTime(entry.createdAt)),
                                    .text(strings.notificationEvent(entry.event)),
                                    .text(strings.notificationChannel(entry.channel)),
                                    .span(
                                        .class("ltr nowrap"),
                                        .text(entry.channel == .portal ? "—" : SaudiMobile.display(entry.address))),
                                    .span(
                                        .class(entry.status == .failed ? "flag" : "badge"),
                                        .text(strings.outboxStatus(entry.status))),
                                    .text(strings.number(entry.attempts)),
                                    .element(named: "bdi", text: String(entry.providerAnswer.prefix(120))),
                                    entry.status == .failed
                                        ? .form(
                                            .method(.post), .action(StaffURL.outboxResend(entry.id).path),
                                            Layout.csrfField(context.csrfToken),
                                            .button(.type(.submit), .text(strings[.outboxResend])))
                                        : .text(""),
                                ]
                            }))
                )))
    }

    func resend(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.notificationID, as: UUID.self) else { throw Abort(.notFound) }
        let now = request.now
        try await request.audited(
            action: .notificationResend, recordType: .notification, recordID: id.uuidString,
            summary: "failed message put back in line"
        ) { db in
            guard try await OutboxRepository(database: db).resend(id: id, at: now) else { throw Abort(.notFound) }
        }
        return request.redirect(to: StaffURL.outbox.path, redirectType: .normal)
    }

    // MARK: Staff: templates

    /// The channels whose wording administrators edit (the inbox shares the SMS wording's events).
    static let editableChannels: [NotificationChannel] = [.sms, .portal, .whatsapp, .email]

    func templates(_ request: Request) async throws -> Response {
        let stored = try await OutboxRepository(database: request.db).templates()
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings[.templatesTitle], context: context,
                content: .group(
                    .h1(.text(strings[.templatesTitle])),
                    .p(.class("muted"), .text(strings[.templatesExplain])),
                    .forEach(NotificationEvent.allCases) { event in
                        .section(
                            .class("card"),
                            .h2(.text(strings.notificationEvent(event))),
                            .ul(
                                .forEach(Self.editableChannels) { channel in
                                    .forEach(ManaratDomain.Language.allCases) { language in
                                        let custom = stored.first {
                                            $0.event == event && $0.channel == channel && $0.language == language
                                        }
                                        let body =
                                            custom?.body
                                            ?? Notifier.defaultTemplate(
                                                for: event, channel: channel, language: language
                                            ).body
                                        return .li(
                                            .a(
                                                .href(StaffURL.templateEdit(event, channel, language).path),
                                                .text(
                                                    strings.notificationChannel(channel) + " — "
                                                        + strings.languageName(language))),
                                            .text(" "),
                                            .span(
                                                .class("muted"),
                                                .text(
                                                    custom == nil ? strings[.templateDefault] : strings[.templateCustom]
                                                )),
                                            .br(), .element(named: "bdi", text: body)
                                        )
                                    }
                                }))
                    }
                )))
    }

    func showTemplate(_ request: Request) async throws -> Response {
        let (event, channel, language) = try Self.templateKey(request)
        let current = try await Notifier.template(
            for: event, channel: channel, language: language, database: request.db)
        return renderTemplate(
            request, event: event, channel: channel, language: language, subject: current.subject, body: current.body,
            errors: [], status: .ok)
    }

    func saveTemplate(_ request: Request) async throws -> Response {
        let (event, channel, language) = try Self.templateKey(request)
        let strings = request.strings
        let subject = ((try? request.content.get(String.self, at: "subject")) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        let body = ((try? request.content.get(String.self, at: "body")) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        var errors: [FieldError] = []
        if body.isEmpty || body.count > 2000 {
            errors.append(
                FieldError(
                    field: "body", message: strings.format(.fieldRequiredNamed, ["field": strings[.templateBody]])))
        }
        let unknown = MessageTemplate(body).unknownPlaceholders(for: event)
        if !unknown.isEmpty {
            errors.append(
                FieldError(
                    field: "body",
                    message: strings.format(
                        .templateUnknownPlaceholder, ["names": unknown.map { "{{\($0)}}" }.joined(separator: ", ")])))
        }
        if subject.count > 200 {
            errors.append(
                FieldError(field: "subject", message: strings.format(.fieldTooLong, ["maximum": strings.number(200)])))
        }
        guard errors.isEmpty else {
            return renderTemplate(
                request, event: event, channel: channel, language: language, subject: subject, body: body,
                errors: errors, status: .unprocessableEntity)
        }
        let template = StoredTemplate(
            event: event, channel: channel, language: language, subject: subject, body: body,
            updatedBy: request.staff?.username ?? "", updatedAt: request.now)
        try await request.audited(
            action: .notificationTemplateSave, recordType: .notificationTemplate,
            recordID: "\(event.rawValue)/\(channel.rawValue)/\(language.rawValue)", summary: String(body.prefix(200))
        ) { db in
            try await OutboxRepository(database: db).save(template)
        }
        return request.redirect(to: StaffURL.templates.path, redirectType: .normal)
    }

    private static func templateKey(_ request: Request) throws -> (
        NotificationEvent, NotificationChannel, ManaratDomain.Language
    ) {
        guard let event = request.parameter(.event).flatMap(NotificationEvent.init(rawValue:)),
            let channel = request.parameter(.channel).flatMap(NotificationChannel.init(rawValue:)),
            editableChannels.contains(channel),
            let language = request.parameter(.language).flatMap(ManaratDomain.Language.init(rawValue:))
        else {
            throw Abort(.notFound)
        }
        return (event, channel, language)
    }

    private func renderTemplate(
        _ request: Request, event: NotificationEvent, channel: NotificationChannel, language: ManaratDomain.Language,
        subject: String, body: String, errors: [FieldError], status: HTTPStatus
    ) -> Response {
        let context = PageContext(request: request)
        let strings = context.strings
        let length = SMSLength(
            MessageTemplate(body).render(Dictionary(uniqueKeysWithValues: event.placeholders.map { ($0, "") })))
        let placeholders = event.placeholders.sorted().map { "{{\($0)}}" }.joined(separator: " ")
        let response = Response.html(
            Layout.render(
                title: strings[.templatesTitle], context: context,
                content: .group(
                    .h1(
                        .text(
                            strings.notificationEvent(event) + " — " + strings.notificationChannel(channel) + " — "
                                + strings.languageName(language))),
                    FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                    .form(
                        .method(.post), .action(StaffURL.templateEdit(event, channel, language).path),
                        Layout.csrfField(context.csrfToken),
                        FormFields.text(
                            name: "subject",
                            label: channel == .whatsapp ? strings[.templateWhatsAppName] : strings[.templateSubject],
                            value: subject, errors: errors, direction: channel == .whatsapp ? "ltr" : nil),
                        FormFields.textArea(
                            name: "body", label: strings[.templateBody], value: body, errors: errors, rows: 5,
                            hint: strings.format(.templatePlaceholders, ["names": placeholders])),
                        .p(
                            .class("hint"),
                            .text(
                                strings.format(
                                    .templateLength,
                                    [
                                        "units": strings.number(length.units),
                                        "encoding": length.encoding == .gsm7 ? "GSM-7" : "UCS-2",
                                        "parts": strings.number(length.parts),
                                    ]))),
                        .button(.type(.submit), .text(strings[.save])))
                )))
        response.status = status
        return response
    }

    // MARK: Portal: inbox and preference

    func inbox(_ request: Request) async throws -> Response {
        guard let beneficiary = request.signedInBeneficiary else { throw Abort(.notFound) }
        let repository = OutboxRepository(database: request.db)
        let messages = try await repository.inbox(beneficiaryID: beneficiary.id, limit: 100)
        if messages.contains(where: { $0.readAt == nil }) {
            let now = request.now
            try await request.audited(
                action: .portalInboxRead, recordType: .beneficiary, recordID: beneficiary.id.uuidString,
                summary: "inbox read"
            ) { db in
                try await OutboxRepository(database: db).markInboxRead(beneficiaryID: beneficiary.id, at: now)
            }
        }
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings[.inboxTitle], context: context,
                content: .group(
                    .h1(.text(strings[.inboxTitle])),
                    .if(messages.isEmpty, .p(.class("card"), .text(strings[.inboxEmpty]))),
                    .forEach(messages) { message in
                        .article(
                            .class(message.readAt == nil ? "card unread" : "card"),
                            .h2(.text(message.subject)),
                            .p(.class("muted"), .text(context.dates.dualWithTime(message.createdAt))),
                            .p(
                                .attribute(named: "lang", value: message.language.rawValue),
                                .attribute(named: "dir", value: message.language.isRightToLeft ? "rtl" : "ltr"),
                                MessageText.render(message.body)),
                            .unwrap(
                                message.relatedID.flatMap { id in
                                    message.event == .inquiryAnswered ? PortalURL.inquiry(id) : PortalURL.request(id)
                                }
                            ) { url in
                                .p(.a(.href(url.path), .text(strings[.inboxOpen])))
                            })
                    },
                    .p(.a(.href(PortalURL.notificationSettings.path), .text(strings[.notificationSettingsTitle])))
                )))
    }

    func showSettings(_ request: Request) async throws -> Response {
        guard let beneficiary = request.signedInBeneficiary else { throw Abort(.notFound) }
        let stored = try await OutboxRepository(database: request.db).preference(beneficiaryID: beneficiary.id)
        return renderSettings(
            request, channel: stored?.channel?.rawValue ?? NotificationChannel.sms.rawValue, email: stored?.email ?? "",
            optedOut: stored?.optedOut ?? false, saved: false, errors: [], status: .ok)
    }

    func saveSettings(_ request: Request) async throws -> Response {
        guard let beneficiary = request.signedInBeneficiary else { throw Abort(.notFound) }
        let choice = (try? request.content.get(String.self, at: "channel")) ?? ""
        let optedOut = (try? request.content.get(String.self, at: "optedOut")) == "on"
        let email = ((try? request.content.get(String.self, at: "email")) ?? "").trimmingCharacters(in: .whitespaces)
        let offered = Self.offeredChannels(request.manarat.configuration.notifications)
        guard let channel = NotificationChannel(rawValue: choice), offered.contains(channel) else {
            return renderSettings(
                request, channel: choice, email: email, optedOut: optedOut, saved: false,
                errors: [FieldError(field: "channel", message: request.strings[.notificationChannelInvalid])],
                status: .unprocessableEntity)
        }
        guard email.isEmpty || Self.looksLikeEmail(email), channel != .email || !email.isEmpty else {
            return renderSettings(
                request, channel: choice, email: email, optedOut: optedOut, saved: false,
                errors: [FieldError(field: "email", message: request.strings[.emailInvalid])],
                status: .unprocessableEntity)
        }
        let now = request.now
        try await request.audited(
            action: .portalNotificationPreference, recordType: .beneficiary, recordID: beneficiary.id.uuidString,
            summary: "channel \(channel.rawValue), opted out \(optedOut)"
        ) { db in
            try await OutboxRepository(database: db).savePreference(
                beneficiaryID: beneficiary.id, channel: channel == .portal ? nil : channel, email: email,
                optedOut: optedOut, at: now)
        }
        return renderSettings(
            request, channel: channel.rawValue, email: email, optedOut: optedOut, saved: true, errors: [], status: .ok)
    }

    /// One "@" with something on both sides and a dot in the domain, at most 200 characters:
    /// the relay is the real judge of an address.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return text.count <= 200 && parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
    }

    /// The channels a beneficiary may choose: the inbox alone, or one that can reach them.
    static func offeredChannels(_ settings: NotificationSettings) -> [NotificationChannel] {
        [.sms, .whatsapp, .email, .portal].filter { settings.availableChannels.contains($0) }
    }

    private func renderSettings(
        _ request: Request, channel: String, email: String, optedOut: Bool, saved: Bool, errors: [FieldError],
        status: HTTPStatus
    ) -> Response {
        let context = PageContext(request: request)
        let strings = context.strings
        let options = Self.offeredChannels(request.manarat.configuration.notifications).map {
            ($0.rawValue, $0 == .portal ? strings[.notificationInboxOnly] : strings.notificationChannel($0))
        }
        let response = Response.html(
            Layout.render(
                title: strings[.notificationSettingsTitle], context: context,
                content: .group(
                    .h1(.text(strings[.notificationSettingsTitle])),
                    .if(
                        saved,
                        .p(.class("alert"), .attribute(named: "role", value: "status"), .text(strings[.savedNotice]))),
                    .p(.text(strings[.notificationSettingsExplain])),
                    .form(
                        .method(.post), .action(PortalURL.notificationSettings.path),
                        Layout.csrfField(context.csrfToken),
                        FormFields.select(
                            name: "channel", label: strings[.notificationChannelLabel], options: options,
                            selected: channel, errors: errors),
                        .if(
                            request.manarat.configuration.notifications.smtp != nil,
                            FormFields.text(
                                name: "email", label: strings[.channelNameEmail], value: email, errors: errors,
                                type: .email, autocomplete: "email", direction: "ltr")),
                        FormFields.checkbox(name: "optedOut", label: strings[.notificationOptOut], checked: optedOut),
                        .button(.type(.submit), .text(strings[.save])))
                )))
        response.status = status
        return response
    }
}
