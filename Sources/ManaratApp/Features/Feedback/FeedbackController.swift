import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// Complaints and suggestions: from anyone (suggestions even anonymously) or from the portal;
/// triaged, assigned and investigated by staff, answered, and closed only with the improvement
/// taken or the reason for none; escalated when overdue; appealable once.
struct FeedbackController {
    static let handlers: Set<Role> = [.admin, .quality, .relations]

    struct SubmitForm: Content {
        var kind: String?
        var text: String?
        var name: String?
        var phone: String?
        /// Staff only: the channel it came by, and the beneficiary's identity number when known.
        var channel: String?
        var identityNumber: String?
    }

    func showForm(_ request: Request) async throws -> Response {
        let sent = try? request.query.get(String.self, at: "sent")
        // The blank form is the same for every anonymous visitor: kept rendered, only the token differs.
        if sent == nil, request.signedInBeneficiary == nil, request.staff == nil {
            let context = PageContext(request: request)
            return .html(
                Layout.anonymousPage(key: "feedback", context: context) { blank in
                    Self.page(
                        form: SubmitForm(kind: FeedbackKind.suggestion.rawValue), errors: [], sent: nil,
                        signedIn: false, context: blank)
                })
        }
        return render(
            request, form: SubmitForm(kind: FeedbackKind.suggestion.rawValue), errors: [], sent: sent, status: .ok)
    }

    func submit(_ request: Request) async throws -> Response {
        let form = try request.content.decode(SubmitForm.self)
        let strings = request.strings
        var errors: [FieldError] = []
        let kind = form.kind.flatMap(FeedbackKind.init(rawValue:)) ?? .suggestion
        let text = (form.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty || text.count > 4000 {
            errors.append(
                FieldError(
                    field: "text", message: strings.format(.fieldRequiredNamed, ["field": strings[.feedbackText]])))
        }
        var phone = ""
        if let typed = form.phone?.trimmingCharacters(in: .whitespaces), !typed.isEmpty {
            switch SaudiMobile.normalized(typed) {
            case .success(let value): phone = value
            case .failure: errors.append(FieldError(field: "phone", message: strings[.phoneInvalid]))
            }
        }
        let beneficiaryID = request.signedInBeneficiary?.id
        // A complaint is answered, so it needs a way back; a suggestion may come from anyone, anonymously.
        if kind == .complaint, beneficiaryID == nil, phone.isEmpty, !errors.contains(where: { $0.field == "phone" }) {
            errors.append(FieldError(field: "phone", message: strings[.complaintNeedsContact]))
        }
        let limit = RateLimit(key: "feedback-ip:" + (request.clientIP ?? "unknown"), limit: 10, window: 3600)
        guard errors.isEmpty else {
            // A refused post counts against the address too, or the form could be probed freely.
            guard
                try await RateLimitRepository(database: request.db).hit(
                    limit.key, limit: limit.limit, window: limit.window, at: request.now)
            else { throw Abort(.tooManyRequests) }
            return render(request, form: form, errors: errors, sent: nil, status: .unprocessableEntity)
        }
        guard
            let (id, reference) = try await store(
                request, kind: kind, beneficiaryID: beneficiaryID, name: form.name ?? "", phone: phone,
                channel: .website, text: text,
                summary: "\(kind.rawValue) from the website"
                    + (beneficiaryID == nil ? (phone.isEmpty ? ", anonymous" : "") : ", signed in"),
                rateLimit: limit, submissionKey: SubmissionKey.of(request))
        else { throw Abort(.tooManyRequests) }
        let record = (id: id, reference: reference)
        if beneficiaryID != nil {
            return request.redirect(to: PortalURL.feedbackItem(record.id).path, redirectType: .normal)
        }
        return request.redirect(to: PublicURL.feedback.path(query: [("sent", reference)]), redirectType: .normal)
    }

    /// A limit on posts per key (a client address) and time window, in seconds.
    struct RateLimit {
        var key: String
        var limit: Int
        var window: TimeInterval
    }

    /// Saves a new complaint or suggestion with its reference and its five-working-day clock.
    ///
    /// With `rateLimit`, the post is counted in the same transaction, and nil means it was over
    /// the limit and nothing else was saved: one queued write per post, where the count and the
    /// record as two writes would wait for two commits.
    ///
    /// With `submissionKey`, a second submission of the same rendered form answers with the record
    /// the first one created, and creates (and counts) nothing.
    private func store(
        _ request: Request, kind: FeedbackKind, beneficiaryID: UUID?, name: String, phone: String,
        channel: ContactChannel, text: String, summary: String, rateLimit: RateLimit? = nil,
        submissionKey: String? = nil
    ) async throws -> (UUID, String)? {
        let today = GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
        let calendar = try await request.workingCalendar()
        let record = FeedbackRecord(
            id: request.manarat.configuration.ids.next(), reference: "", kind: kind, beneficiaryID: beneficiaryID,
            contactName: String(name.prefix(150)), contactPhone: phone, channel: channel, text: text, status: .open,
            assignedTo: nil, notes: "", response: "", action: nil, noActionReason: "",
            dueOn: calendar.adding(workingDays: FeedbackRules.workingDaysToClose, to: today), closedAt: nil, appeal: "",
            appeals: 0, createdAt: request.now)
        let event = request.auditEvent(
            action: .feedbackSubmit, recordType: .feedback, recordID: record.id.uuidString, summary: summary)
        let now = request.now
        let saved = try await request.db.writeTransaction { db -> (UUID, String)? in
            if let submissionKey,
                let earlier = try await Submissions(database: db).claim(submissionKey, recordID: record.id, at: now)
            {
                guard let first = try await FeedbackRepository(database: db).find(id: earlier) else { return nil }
                return (first.id, first.reference)
            }
            if let rateLimit {
                guard
                    try await RateLimitRepository(database: db).hitInTransaction(
                        rateLimit.key, limit: rateLimit.limit, window: rateLimit.window, at: now)
                else { return nil }
            }
            let repository = FeedbackRepository(database: db)
            var stored = record
            stored.reference = try await repository.nextReference(kind: kind, on: today)
            try await repository.insert(stored)
            try await AuditLog(database: db).append(event, at: now)
            return (record.id, stored.reference)
        }
        return saved
    }

    /// Staff record a complaint or suggestion received on any channel (a call, a letter, at the branch).
    func record(_ request: Request) async throws -> Response {
        let form = try request.content.decode(SubmitForm.self)
        let strings = request.strings
        var errors: [FieldError] = []
        let kind = form.kind.flatMap(FeedbackKind.init(rawValue:)) ?? .complaint
        let text = (form.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty || text.count > 4000 {
            errors.append(
                FieldError(
                    field: "text", message: strings.format(.fieldRequiredNamed, ["field": strings[.feedbackText]])))
        }
        guard let channel = form.channel.flatMap(ContactChannel.init(rawValue:)) else { throw Abort(.badRequest) }
        var phone = ""
        if let typed = form.phone?.trimmingCharacters(in: .whitespaces), !typed.isEmpty {
            switch SaudiMobile.normalized(typed) {
            case .success(let value): phone = value
            case .failure: errors.append(FieldError(field: "phone", message: strings[.phoneInvalid]))
            }
        }
        var beneficiaryID: UUID?
        if let typed = form.identityNumber?.trimmingCharacters(in: .whitespaces), !typed.isEmpty {
            let identity = [IdentityType.nationalID, .iqama].lazy.compactMap {
                try? IdentityNumber.parse(typed, type: $0).get()
            }.first
            beneficiaryID = try await identity.asyncFlatMap {
                try await BeneficiaryRepository(database: request.db).find(identity: $0)
            }
            if beneficiaryID == nil {
                errors.append(FieldError(field: "identityNumber", message: strings[.beneficiaryNotFound]))
            }
        }
        if kind == .complaint, beneficiaryID == nil, phone.isEmpty,
            !errors.contains(where: { $0.field == "phone" || $0.field == "identityNumber" })
        {
            errors.append(FieldError(field: "phone", message: strings[.complaintNeedsContact]))
        }
        guard errors.isEmpty else { return try await renderList(request, errors: errors, status: .unprocessableEntity) }
        // Staff record what reached them by any channel: no rate limit, so nil cannot come back.
        guard
            let (id, _) = try await store(
                request, kind: kind, beneficiaryID: beneficiaryID, name: form.name ?? "", phone: phone,
                channel: channel, text: text,
                summary: "\(kind.rawValue) recorded by staff from \(channel.rawValue)")
        else { throw Abort(.tooManyRequests) }
        return request.redirect(to: StaffURL.feedbackItem(id).path, redirectType: .normal)
    }

    func showOwn(_ request: Request) async throws -> Response {
        let record = try await own(request)
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings.feedbackKind(record.kind), context: context,
                content: .div(
                    .class("card narrow"),
                    .h1(.text(strings.feedbackKind(record.kind))),
                    .p(
                        .span(.class("badge ltr"), .text(record.reference)), .text(" "),
                        .span(.class("badge"), .text(strings.feedbackStatus(record.status)))),
                    .p(.text(record.text)),
                    .if(
                        record.status != .closed,
                        .p(
                            .class("alert alert-info"),
                            .text(strings.format(.inquiryAnswerBy, ["date": context.dates.dual(record.dueOn)])))),
                    .if(
                        record.status == .closed,
                        .group(
                            .h2(.text(strings[.feedbackResponse])), .p(.text(record.response)),
                            .unwrap(record.action) { action in
                                .p(.strong(.text(strings[.improvementTaken] + ": ")), .text(action.what))
                            },
                            .if(
                                FeedbackRules.mayAppeal(status: record.status, appeals: record.appeals),
                                .form(
                                    .method(.post), .action(PortalURL.feedbackAppeal(record.id).path),
                                    Layout.csrfField(context.csrfToken),
                                    FormFields.textArea(
                                        name: "appeal", label: strings[.appealLabel], value: nil, errors: [], rows: 3),
                                    .button(.type(.submit), .class("button-secondary"), .text(strings[.appealButton]))))
                        )),
                    .if(record.appeals > 0, .p(.class("muted"), .text(strings[.appealRecorded])))
                )))
    }

    func appeal(_ request: Request) async throws -> Response {
        var record = try await own(request)
        let text = ((try? request.content.get(String.self, at: "appeal")) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard FeedbackRules.mayAppeal(status: record.status, appeals: record.appeals), !text.isEmpty else {
            throw Abort(.conflict)
        }
        let today = GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
        let calendar = try await request.workingCalendar()
        record.appeal = String(text.prefix(4000))
        record.appeals += 1
        record.status = .open
        record.closedAt = nil
        record.dueOn = calendar.adding(workingDays: FeedbackRules.workingDaysToClose, to: today)
        let updated = record
        try await request.audited(
            action: .feedbackAppeal, recordType: .feedback, recordID: record.id.uuidString,
            summary: "\(record.reference) appealed"
        ) { db in
            try await FeedbackRepository(database: db).save(updated)
        }
        return request.redirect(to: PortalURL.feedbackItem(record.id).path, redirectType: .normal)
    }

    // MARK: Staff

    func list(_ request: Request) async throws -> Response {
        try await renderList(request, errors: [], status: .ok)
    }

    private func renderList(_ request: Request, errors: [FieldError], status: HTTPStatus) async throws -> Response {
        let open = try await AccessMiddleware.withinBranch(
            try await FeedbackRepository(database: request.db).list(openOnly: true), request: request
        ) { $0.beneficiaryID }
        let context = PageContext(request: request)
        let strings = context.strings
        let response = Response.html(
            Layout.render(
                title: strings[.feedbackTitle], context: context,
                content: .group(
                    .h1(.text(strings[.feedbackTitle])),
                    .element(
                        named: "details",
                        nodes: [
                            .if(!errors.isEmpty, .attribute(named: "open", value: "open")),
                            .element(named: "summary", nodes: [.text(strings[.feedbackRecordTitle])]),
                            FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                            .form(
                                .method(.post), .action(StaffURL.feedbackNew.path),
                                Layout.csrfField(context.csrfToken),
                                .div(
                                    .class("grid-2"),
                                    FormFields.select(
                                        name: "kind", label: strings[.feedbackKindLabel],
                                        options: FeedbackKind.allCases.map {
                                            (value: $0.rawValue, label: strings.feedbackKind($0))
                                        }, selected: FeedbackKind.complaint.rawValue, errors: errors),
                                    FormFields.select(
                                        name: "channel", label: strings[.channelLabel],
                                        options: ContactChannel.allCases.map {
                                            (value: $0.rawValue, label: strings.channel($0))
                                        }, selected: ContactChannel.phone.rawValue, errors: errors),
                                    FormFields.text(
                                        name: "identityNumber", label: strings[.identityNumber], value: nil,
                                        errors: errors, hint: strings[.feedbackIdentityHint], direction: "ltr"),
                                    FormFields.text(
                                        name: "phone", label: strings[.phone], value: nil, errors: errors, type: .tel,
                                        direction: "ltr"),
                                    FormFields.text(name: "name", label: strings[.fullName], value: nil, errors: errors)
                                ),
                                FormFields.textArea(
                                    name: "text", label: strings[.feedbackText], value: nil, errors: errors, rows: 3),
                                .div(.class("actions"), .button(.type(.submit), .text(strings[.save])))),
                        ]),
                    .if(open.isEmpty, .p(.class("card"), .text(strings[.noRecordsYet]))),
                    .if(
                        !open.isEmpty,
                        DataTable.render(
                            headers: [
                                strings[.requestReference], strings[.feedbackKindLabel], strings[.status],
                                strings[.dueOn],
                            ],
                            rows: open.map { record in
                                [
                                    .a(
                                        .href(StaffURL.feedbackItem(record.id).path),
                                        .span(.class("ltr nowrap"), .text(record.reference))),
                                    .group(
                                        .text(
                                            strings.feedbackKind(record.kind)
                                                + (record.appeals > 0 ? " — " + strings[.appealed] : "")
                                                + (record.category.map { " — " + strings.feedbackCategory($0) } ?? "")),
                                        .if(
                                            record.priority == .urgent,
                                            .group(
                                                .text(" "),
                                                .span(.class("flag"), .text(strings.feedbackPriority(.urgent)))))),
                                    .span(.class("badge"), .text(strings.feedbackStatus(record.status))),
                                    .group(
                                        context.dates.cell(record.dueOn),
                                        .if(
                                            record.dueOn < context.today,
                                            .group(
                                                .br(),
                                                .span(
                                                    .class("flag"),
                                                    .text(
                                                        strings[.escalated] + " — "
                                                            + strings.format(
                                                                .overdueDays,
                                                                [
                                                                    "days": strings.days(
                                                                        record.dueOn.days(until: context.today))
                                                                ])))))),
                                ]
                            }))
                )))
        response.status = status
        return response
    }

    func show(_ request: Request) async throws -> Response {
        try await renderStaff(request, record: try await find(request), errors: [], status: .ok)
    }

    func assign(_ request: Request) async throws -> Response {
        var record = try await find(request)
        guard let staffID = (try? request.content.get(String.self, at: "staffID")).flatMap(UUID.init(uuidString:)),
            let member = try await StaffRepository(database: request.db).find(id: staffID), member.isActive
        else { throw Abort(.badRequest) }
        record.assignedTo = member.id
        if record.status == .open { record.status = .inProgress }
        // Triage travels with the assignment: what it is about and how urgent.
        if let category = (try? request.content.get(String.self, at: "category")).flatMap(
            FeedbackCategory.init(rawValue:))
        {
            record.category = category
        }
        if let priority = (try? request.content.get(String.self, at: "priority")).flatMap(
            FeedbackPriority.init(rawValue:))
        {
            if priority == .urgent, record.priority != .urgent {
                let today = GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
                let nextWorkingDay = try await request.workingCalendar().adding(workingDays: 1, to: today)
                record.dueOn = min(record.dueOn, nextWorkingDay)
            }
            record.priority = priority
        }
        let updated = record
        try await request.audited(
            action: .feedbackAssign, recordType: .feedback, recordID: record.id.uuidString,
            summary:
                "\(record.reference) assigned to \(member.username), \(record.category?.rawValue ?? "uncategorized"), \(record.priority.rawValue)"
        ) { db in
            try await FeedbackRepository(database: db).save(updated)
        }
        return request.redirect(to: StaffURL.feedbackItem(record.id).path, redirectType: .normal)
    }

    func addNote(_ request: Request) async throws -> Response {
        var record = try await find(request)
        let note = ((try? request.content.get(String.self, at: "note")) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard !note.isEmpty else { throw Abort(.badRequest) }
        let stamp = DateText(strings: request.strings, timeZone: request.manarat.configuration.timeZone).dualWithTime(
            request.now)
        record.notes +=
            (record.notes.isEmpty ? "" : "\n\n")
            + "\(stamp) — \(request.staff?.displayName ?? ""):\n\(note.prefix(4000))"
        if record.status == .open { record.status = .inProgress }
        let updated = record
        try await request.audited(
            action: .feedbackNote, recordType: .feedback, recordID: record.id.uuidString,
            summary: "\(record.reference): investigation note"
        ) { db in
            try await FeedbackRepository(database: db).save(updated)
        }
        return request.redirect(to: StaffURL.feedbackItem(record.id).path, redirectType: .normal)
    }

    struct CloseForm: Content {
        var response: String?
        var actionWhat: String?
        var actionOwner: String?
        var actionOn: String?
        var actionOnCalendar: String?
        var noActionReason: String?
    }

    func close(_ request: Request) async throws -> Response {
        var record = try await find(request)
        let form = try request.content.decode(CloseForm.self)
        let strings = request.strings
        var errors: [FieldError] = []
        let actionDay =
            FormDay.read(
                form.actionOn, calendar: form.actionOnCalendar, field: "actionOn", required: false, strings: strings,
                errors: &errors) ?? GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
        let what = (form.actionWhat ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let action =
            what.isEmpty
            ? nil
            : ImprovementAction(
                what: String(what.prefix(2000)),
                owner: String((form.actionOwner ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(150)),
                on: actionDay)
        switch FeedbackRules.checkClosing(
            response: form.response ?? "", action: action, noActionReason: form.noActionReason ?? "")
        {
        case .responseMissing?: errors.append(FieldError(field: "response", message: strings[.responseRequired]))
        case .improvementOrReasonMissing?:
            errors.append(FieldError(field: "actionWhat", message: strings[.improvementRequired]))
        case nil: break
        }
        guard errors.isEmpty, record.status != .closed else {
            return try await renderStaff(request, record: record, errors: errors, status: .unprocessableEntity)
        }
        record.response = String((form.response ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(4000))
        record.action = action
        record.noActionReason = action == nil ? String((form.noActionReason ?? "").prefix(2000)) : ""
        record.status = .closed
        record.closedAt = request.now
        let updated = record
        let person = try await record.beneficiaryID.asyncFlatMap {
            try await BeneficiaryRepository(database: request.db).find(id: $0)
        }
        let configuration = request.manarat.configuration
        let now = request.now
        try await request.audited(
            action: .feedbackClose, recordType: .feedback, recordID: record.id.uuidString,
            summary: "\(record.reference) closed "
                + (action == nil ? "without an improvement (reason given)" : "with an improvement action")
        ) { db in
            try await FeedbackRepository(database: db).save(updated)
            // The person hears the outcome without asking: in the portal and their channel, or by
            // SMS to the number an anonymous complainant left.
            let notifier = Notifier(
                database: db, settings: configuration.notifications, timeZone: configuration.timeZone, now: now)
            if let person {
                try await notifier.notify(
                    person, of: .feedbackClosed,
                    .init(
                        reference: updated.reference, link: PortalURL.feedbackItem(updated.id).path,
                        relatedID: updated.id))
            } else if !updated.contactPhone.isEmpty {
                try await notifier.notifyMobile(
                    updated.contactPhone, language: .arabic, of: .feedbackClosed,
                    .init(reference: updated.reference, link: PublicURL.feedback.path, relatedID: updated.id))
            }
        }
        return request.redirect(to: StaffURL.feedbackItem(record.id).path, redirectType: .normal)
    }

    // MARK: Helpers

    private func own(_ request: Request) async throws -> FeedbackRecord {
        guard let id = request.parameter(.id, as: UUID.self) else { throw Abort(.notFound) }
        guard let record = try await FeedbackRepository(database: request.db).find(id: id), record.beneficiaryID != nil,
            record.beneficiaryID == request.signedInBeneficiary?.id
        else {
            try await request.audited(
                action: .portalDenied, recordType: .feedback, recordID: id.uuidString,
                summary: "a beneficiary asked for feedback that is not theirs"
            ) { _ in }
            throw Abort(.notFound)
        }
        return record
    }

    private func find(_ request: Request) async throws -> FeedbackRecord {
        guard let id = request.parameter(.feedbackID, as: UUID.self),
            let record = try await FeedbackRepository(database: request.db).find(id: id)
        else { throw Abort(.notFound) }
        return record
    }

    private func render(
        _ request: Request, form: SubmitForm, errors: [FieldError], sent: String?, status: HTTPResponseStatus
    ) -> Response {
        .html(
            Self.page(
                form: form, errors: errors, sent: sent, signedIn: request.signedInBeneficiary != nil,
                context: PageContext(request: request)), status: status)
    }

    private static func page(
        form: SubmitForm, errors: [FieldError], sent: String?, signedIn: Bool, context: PageContext
    ) -> String {
        let strings = context.strings
        return Layout.render(
            title: strings[.feedbackFormTitle], context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(strings[.feedbackFormTitle])),
                .p(.text(strings[.feedbackIntro])),
                .unwrap(sent) { reference in
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.feedbackThanks] + " "), .span(.class("ltr"), .text(reference)))
                },
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(PublicURL.feedback.path),
                    Layout.csrfField(context.csrfToken),
                    Layout.submissionField(context),
                    FormFields.select(
                        name: "kind", label: strings[.feedbackKindLabel],
                        options: FeedbackKind.allCases.map { (value: $0.rawValue, label: strings.feedbackKind($0)) },
                        selected: form.kind, errors: errors),
                    FormFields.textArea(
                        name: "text", label: strings[.feedbackText], value: form.text, errors: errors, rows: 5),
                    .if(
                        !signedIn,
                        .group(
                            .p(.class("muted"), .text(strings[.feedbackAnonymousHint])),
                            FormFields.text(
                                name: "name", label: strings[.nameOptional], value: form.name, errors: errors,
                                autocomplete: "name"),
                            FormFields.text(
                                name: "phone", label: strings[.phoneOptional], value: form.phone, errors: errors,
                                type: .tel, autocomplete: "tel", example: "05XXXXXXXX", direction: "ltr"))),
                    .div(.class("actions"), .button(.type(.submit), .text(strings[.send]))))
            ))
    }

    private func renderStaff(
        _ request: Request, record: FeedbackRecord, errors: [FieldError], status: HTTPResponseStatus
    ) async throws -> Response {
        let staff = try await StaffRepository(database: request.db).all().filter {
            $0.isActive && !$0.roles.isDisjoint(with: Self.handlers)
        }
        let person = try await record.beneficiaryID.asyncFlatMap {
            try await BeneficiaryRepository(database: request.db).find(id: $0)
        }
        let context = PageContext(request: request)
        let strings = context.strings
        let assignee = staff.first { $0.id == record.assignedTo }
        return .html(
            Layout.render(
                title: record.reference, context: context,
                content: .div(
                    .class("card"),
                    .h1(
                        .span(.class("ltr"), .text(record.reference)), .text(" — " + strings.feedbackKind(record.kind))),
                    .p(
                        .span(.class("badge"), .text(strings.feedbackStatus(record.status))), .text(" "),
                        .if(
                            record.priority == .urgent, .span(.class("flag"), .text(strings.feedbackPriority(.urgent)))),
                        .text(" "),
                        .unwrap(record.category) { .span(.class("badge"), .text(strings.feedbackCategory($0))) },
                        .if(
                            record.dueOn < context.today && record.status != .closed,
                            .span(.class("flag"), .text(strings[.escalated])))),
                    .p(
                        .strong(.text(strings[.feedbackFrom] + ": ")),
                        person.map { .a(.href(StaffURL.beneficiary($0.id).path), .text($0.name.full)) }
                            ?? .text(
                                record.contactName.isEmpty && record.contactPhone.isEmpty
                                    ? strings[.anonymous]
                                    : record.contactName + " " + SaudiMobile.display(record.contactPhone))),
                    .p(.strong(.text(strings[.dueOn] + ": ")), .text(context.dates.dual(record.dueOn))),
                    .p(.text(record.text)),
                    .if(
                        !record.appeal.isEmpty,
                        .div(
                            .class("alert alert-info"), .strong(.text(strings[.appealed] + ": ")), .text(record.appeal))
                    ),
                    .if(
                        !errors.isEmpty,
                        .div(
                            .class("alert alert-error"), .attribute(named: "role", value: "alert"),
                            .ul(.forEach(errors) { .li(.text($0.message)) }))),
                    .h2(.text(strings[.investigationNotes])),
                    .if(record.notes.isEmpty, .p(.class("muted"), .text("—"))),
                    .forEach(record.notes.components(separatedBy: "\n\n")) { .p(.element(named: "bdi", text: $0)) },
                    .if(
                        record.status != .closed,
                        .group(
                            .form(
                                .method(.post), .action(StaffURL.feedbackAssign(record.id).path), .class("card"),
                                Layout.csrfField(context.csrfToken),
                                .h2(.text(strings[.feedbackTriage])),
                                .div(
                                    .class("grid-2"),
                                    FormFields.select(
                                        name: "category", label: strings[.feedbackCategoryLabel],
                                        options: FeedbackCategory.allCases.map {
                                            (value: $0.rawValue, label: strings.feedbackCategory($0))
                                        }, selected: record.category?.rawValue, errors: []),
                                    FormFields.select(
                                        name: "priority", label: strings[.feedbackPriorityLabel],
                                        options: FeedbackPriority.allCases.map {
                                            (value: $0.rawValue, label: strings.feedbackPriority($0))
                                        }, selected: record.priority.rawValue, errors: [])),
                                FormFields.select(
                                    name: "staffID", label: strings[.assignedTo],
                                    options: staff.map {
                                        (value: $0.id.uuidString.lowercased(), label: $0.displayName)
                                    }, selected: assignee?.id.uuidString.lowercased(), errors: []),
                                .button(.type(.submit), .class("button-secondary"), .text(strings[.assign]))),
                            .form(
                                .method(.post), .action(StaffURL.feedbackNote(record.id).path), .class("card"),
                                Layout.csrfField(context.csrfToken),
                                FormFields.textArea(
                                    name: "note", label: strings[.addNote], value: nil, errors: [], rows: 2),
                                .button(.type(.submit), .class("button-secondary"), .text(strings[.addNote]))),
                            .form(
                                .method(.post), .action(StaffURL.feedbackClose(record.id).path), .class("card"),
                                Layout.csrfField(context.csrfToken),
                                .h2(.text(strings[.closeFeedback])),
                                FormFields.textArea(
                                    name: "response", label: strings[.feedbackResponse], value: nil, errors: errors,
                                    rows: 3),
                                FormFields.textArea(
                                    name: "actionWhat", label: strings[.improvementTaken], value: nil, errors: errors,
                                    rows: 2),
                                .div(
                                    .class("grid-2"),
                                    FormFields.text(
                                        name: "actionOwner", label: strings[.improvementOwner], value: nil,
                                        errors: errors),
                                    FormFields.date(
                                        name: "actionOn", label: strings[.improvementDate], value: nil,
                                        calendar: "hijri", errors: errors, strings: strings)),
                                FormFields.textArea(
                                    name: "noActionReason", label: strings[.noActionReason], value: nil, errors: errors,
                                    rows: 2),
                                .button(.type(.submit), .text(strings[.closeFeedback]))))),
                    .if(
                        record.status == .closed,
                        .group(
                            .h2(.text(strings[.feedbackResponse])), .p(.text(record.response)),
                            .unwrap(record.action) { action in
                                .p(
                                    .strong(.text(strings[.improvementTaken] + ": ")),
                                    .text(action.what + " — " + action.owner + " — " + context.dates.dual(action.on)))
                            },
                            .if(
                                record.action == nil,
                                .p(.strong(.text(strings[.noActionReason] + ": ")), .text(record.noActionReason)))))
                )), status: status)
    }
}
