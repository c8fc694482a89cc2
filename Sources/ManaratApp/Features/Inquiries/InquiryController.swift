import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// Inquiries (استفسارات): asked in the portal or recorded by staff from any channel, answered
/// within two working days or referred to a social researcher, shown to the asker, rated once.
struct InquiryController {
    /// The settings key of the first-answer target in working days.
    static let answerDaysKey = RequestSettingKey.inquiryAnswerDays

    static let readers: Set<Role> = [.admin, .relations, .researcher, .quality]
    static let answerers: Set<Role> = [.admin, .relations, .researcher]

    struct AskForm: Content {
        var category: String?
        var question: String?
        var channel: String?
        /// Portal only: an optional photo or PDF (a letter, a bill) that explains the question.
        var attachment: File?
    }

    // MARK: Portal

    func showAsk(_ request: Request) async throws -> Response {
        renderAsk(request, form: AskForm(), errors: [], status: .ok)
    }

    func ask(_ request: Request) async throws -> Response {
        guard let beneficiaryID = request.signedInBeneficiary?.id else { throw Abort(.unauthorized) }
        var form = try request.content.decode(AskForm.self)
        var errors: [FieldError] = []
        // A browser sends an empty file part when nothing was chosen: that is no attachment.
        if let file = form.attachment, file.data.readableBytes == 0, file.filename.isEmpty { form.attachment = nil }
        let checked = Uploads.checked(
            form.attachment, field: "attachment", required: false,
            maximumBytes: request.manarat.configuration.uploadMaxBytes, strings: request.strings, errors: &errors)
        guard let inquiry = try await validated(form, request: request, beneficiaryID: beneficiaryID, channel: .website)
        else {
            errors.insert(
                FieldError(
                    field: "question",
                    message: request.strings.format(.fieldRequiredNamed, ["field": request.strings[.inquiryQuestion]])),
                at: 0)
            return renderAsk(request, form: form, errors: errors, status: .unprocessableEntity)
        }
        guard errors.isEmpty else {
            return renderAsk(request, form: form, errors: errors, status: .unprocessableEntity)
        }
        let upload = checked.map {
            (format: $0.0, bytes: $0.1, name: Uploads.displayName(form.attachment?.filename ?? ""))
        }
        let created = try await save(inquiry, request: request, action: .inquiryAsk, attachment: upload)
        return request.redirect(to: PortalURL.inquiry(created).path, redirectType: .normal)
    }

    func showOwn(_ request: Request) async throws -> Response {
        let inquiry = try await own(request)
        let rating = try await InquiryRepository(database: request.db).rating(id: inquiry.id)
        let attachment = try await InquiryRepository(database: request.db).attachment(of: inquiry.id)
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings[.inquiryTitle], context: context,
                content: .div(
                    .class("card narrow"),
                    .h1(.text(strings[.inquiryTitle])),
                    .p(
                        .span(.class("badge ltr"), .text(inquiry.reference)), .text(" "),
                        .span(.class("badge"), .text(strings.inquiryStatus(inquiry.status)))),
                    .h2(.text(strings[.inquiryQuestion])), .p(.text(inquiry.question)),
                    .unwrap(attachment) { file in
                        .p(
                            .a(
                                .href(PortalURL.inquiryAttachment(inquiry.id).path),
                                .text(strings[.inquiryAttachmentDownload])), .text(" — "),
                            .element(named: "bdi", text: file.originalName))
                    },
                    .if(
                        inquiry.status != .answered,
                        .p(
                            .class("alert alert-info"),
                            .text(strings.format(.inquiryAnswerBy, ["date": context.dates.dual(inquiry.answerDueOn)])))),
                    .if(
                        inquiry.status == .answered,
                        .group(
                            .h2(.text(strings[.inquiryAnswer])), .p(.text(inquiry.answer)),
                            .unwrap(inquiry.articleID) {
                                .p(.a(.href(PublicURL.faqArticle($0).path), .text(strings[.readArticle])))
                            },
                            .unwrap(rating) {
                                .p(.text(strings.format(.portalRatedAs, ["score": strings.number($0)])))
                            },
                            .if(
                                rating == nil,
                                .form(
                                    .method(.post), .action(PortalURL.inquiryRate(inquiry.id).path),
                                    Layout.csrfField(context.csrfToken),
                                    .p(.class("muted"), .text(strings[.portalRateExplain])),
                                    .fieldset(
                                        .class("field"), .element(named: "legend", text: strings[.inquiryRateQuestion]),
                                        .forEach(1...5) { score in
                                            .div(
                                                .class("check"),
                                                .input(
                                                    .type(.radio), .id("score-\(score)"), .name("score"),
                                                    .value(String(score))),
                                                .label(
                                                    .for("score-\(score)"),
                                                    .text(
                                                        strings.localizedDigits(String(score)) + " — "
                                                            + strings.ratingLabel(score))))
                                        }),
                                    FormFields.textArea(
                                        name: "comment", label: strings[.portalRateComment], value: nil, errors: [],
                                        rows: 2),
                                    .button(.type(.submit), .text(strings[.portalRateSend]))))))
                )))
    }

    func rate(_ request: Request) async throws -> Response {
        let inquiry = try await own(request)
        let score = Int(Digits.latinized((try? request.content.get(String.self, at: "score")) ?? "")) ?? 0
        guard (1...5).contains(score) else { throw Abort(.badRequest) }
        let comment = String(((try? request.content.get(String.self, at: "comment")) ?? "").prefix(2000))
        let saved = try await request.audited(
            action: .inquiryRating, recordType: .inquiry, recordID: inquiry.id.uuidString,
            summary: "\(inquiry.reference): rated \(score)"
        ) { db in
            try await InquiryRepository(database: db).rate(id: inquiry.id, score: score, comment: comment)
        }
        guard saved else { throw Abort(.conflict) }
        return request.redirect(to: PortalURL.inquiry(inquiry.id).path, redirectType: .normal)
    }

    // MARK: Staff

    func list(_ request: Request) async throws -> Response {
        let mine = (try? request.query.get(String.self, at: "view")) == "mine"
        let me = request.staff?.id
        let open = try await AccessMiddleware.withinBranch(
            try await InquiryRepository(database: request.db).list(openOnly: true), request: request
        ) { $0.beneficiaryID }
        .filter { !mine || $0.assignedTo == me || $0.referredTo == me }
        let staffNames = Dictionary(
            uniqueKeysWithValues: try await StaffRepository(database: request.db).all().map { ($0.id, $0.displayName) })
        var names: [UUID: String] = [:]
        for inquiry in open where names[inquiry.beneficiaryID] == nil {
            names[inquiry.beneficiaryID] = try await BeneficiaryRepository(database: request.db).find(
                id: inquiry.beneficiaryID)?.name.full
        }
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings[.inquiriesTitle], context: context,
                content: .group(
                    .h1(.text(strings[.inquiriesTitle])),
                    .nav(
                        .class("pager tabs"), .attribute(named: "aria-label", value: strings[.inquiriesTitle]),
                        .a(
                            .href(StaffURL.inquiries.path),
                            .if(!mine, .attribute(named: "aria-current", value: "page")),
                            .text(strings[.inquiriesAllOpen])),
                        .a(
                            .href(StaffURL.inquiries.path(query: [("view", "mine")])),
                            .if(mine, .attribute(named: "aria-current", value: "page")), .text(strings[.inquiriesMine]))
                    ),
                    .if(open.isEmpty, .p(.class("card"), .text(strings[.noRecordsYet]))),
                    .if(
                        !open.isEmpty,
                        DataTable.render(
                            headers: [
                                strings[.requestReference], strings[.fullName], strings[.inquiryCategory],
                                strings[.assignedTo], strings[.status], strings[.inquiryAnswerDue],
                            ],
                            rows: open.map { inquiry in
                                [
                                    .a(
                                        .href(StaffURL.inquiry(inquiry.id).path),
                                        .span(.class("ltr nowrap"), .text(inquiry.reference))),
                                    .text(names[inquiry.beneficiaryID] ?? ""),
                                    .text(strings.inquiryCategory(inquiry.category)),
                                    .text((inquiry.assignedTo ?? inquiry.referredTo).flatMap { staffNames[$0] } ?? "—"),
                                    .span(.class("badge"), .text(strings.inquiryStatus(inquiry.status))),
                                    .group(
                                        context.dates.cell(inquiry.answerDueOn),
                                        .if(
                                            inquiry.isOverdue(on: context.today),
                                            .group(
                                                .br(),
                                                .span(
                                                    .class("flag"),
                                                    .text(
                                                        strings.format(
                                                            .overdueDays,
                                                            [
                                                                "days": strings.days(
                                                                    inquiry.answerDueOn.days(until: context.today))
                                                            ])))))),
                                ]
                            }))
                )))
    }

    func showRecord(_ request: Request) async throws -> Response {
        let beneficiary = try await BeneficiaryController().find(request)
        return renderRecord(
            request, beneficiary: beneficiary, form: AskForm(channel: ContactChannel.phone.rawValue), errors: [],
            status: .ok)
    }

    func record(_ request: Request) async throws -> Response {
        let beneficiary = try await BeneficiaryController().find(request)
        let form = try request.content.decode(AskForm.self)
        let channel = form.channel.flatMap(ContactChannel.init(rawValue:)) ?? .phone
        guard let inquiry = try await validated(form, request: request, beneficiaryID: beneficiary.id, channel: channel)
        else {
            return renderRecord(
                request, beneficiary: beneficiary, form: form,
                errors: [
                    FieldError(
                        field: "question",
                        message: request.strings.format(
                            .fieldRequiredNamed, ["field": request.strings[.inquiryQuestion]]))
                ], status: .unprocessableEntity)
        }
        try await save(inquiry, request: request, action: .inquiryRecord)
        return request.redirect(to: StaffURL.inquiry(inquiry.id).path, redirectType: .normal)
    }

    func show(_ request: Request) async throws -> Response {
        try await renderStaff(request, inquiry: try await find(request), errors: [], status: .ok)
    }

    func answer(_ request: Request) async throws -> Response {
        var inquiry = try await find(request)
        let text = ((try? request.content.get(String.self, at: "answer")) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= 4000, inquiry.status != .answered else {
            return try await renderStaff(
                request, inquiry: inquiry,
                errors: [
                    FieldError(
                        field: "answer",
                        message: request.strings.format(.fieldRequiredNamed, ["field": request.strings[.inquiryAnswer]])
                    )
                ], status: .unprocessableEntity)
        }
        inquiry.answer = text
        inquiry.articleID = (try? request.content.get(String.self, at: "articleID")).flatMap(UUID.init(uuidString:))
        if let articleID = inquiry.articleID,
            try await ArticleRepository(database: request.db).find(id: articleID)?.isPublic != true
        {
            inquiry.articleID = nil
        }
        inquiry.status = .answered
        inquiry.answeredBy = request.staff?.displayName ?? ""
        inquiry.answeredAt = request.now
        let updated = inquiry
        let asker = try await BeneficiaryRepository(database: request.db).find(id: inquiry.beneficiaryID)
        let configuration = request.manarat.configuration
        let now = request.now
        let staffID = request.staff?.id
        let staffBranch = request.staff?.branchID
        try await request.audited(
            action: .inquiryAnswer, recordType: .inquiry, recordID: inquiry.id.uuidString,
            summary: "\(inquiry.reference) answered"
        ) { db in
            try await InquiryRepository(database: db).update(updated)
            try await Self.tellAsker(
                asker, answered: updated, staffID: staffID, staffBranch: staffBranch, configuration: configuration,
                now: now, database: db)
        }
        return request.redirect(to: StaffURL.inquiry(inquiry.id).path, redirectType: .normal)
    }

    /// An answered question reaches the asker without their asking (their inbox and channel), with
    /// a satisfaction survey, whether it was answered in words or by opening a request.
    private static func tellAsker(
        _ asker: Beneficiary?, answered: Inquiry, staffID: UUID?, staffBranch: UUID?, configuration: AppConfiguration,
        now: Date, database: any Database
    ) async throws {
        guard let asker else { return }
        try await Notifier(
            database: database, settings: configuration.notifications, timeZone: configuration.timeZone, now: now
        )
        .notify(
            asker, of: .inquiryAnswered,
            .init(reference: answered.reference, link: PortalURL.inquiry(answered.id).path, relatedID: answered.id))
        let subject = SurveyInviter.Subject(
            scope: .inquiry, kind: "inquiry", id: answered.id, reference: answered.reference, branchID: staffBranch,
            channel: answered.channel.rawValue, staffID: staffID)
        try await SurveyInviter(database: database, configuration: configuration, now: now).invite(
            asker, about: subject)
    }

    /// Assigns the inquiry to a named employee who may answer it; the list's "mine" view shows it to them.
    func assign(_ request: Request) async throws -> Response {
        var inquiry = try await find(request)
        guard inquiry.status != .answered,
            let id = (try? request.content.get(String.self, at: "staffID")).flatMap(UUID.init(uuidString:)),
            let member = try await StaffRepository(database: request.db).find(id: id), member.isActive,
            !member.roles.isDisjoint(with: Self.answerers)
        else {
            return try await renderStaff(
                request, inquiry: inquiry,
                errors: [FieldError(field: "staffID", message: request.strings[.inquiryAssigneeRequired])],
                status: .unprocessableEntity)
        }
        inquiry.assignedTo = member.id
        let updated = inquiry
        try await request.audited(
            action: .inquiryAssign, recordType: .inquiry, recordID: inquiry.id.uuidString,
            summary: "\(inquiry.reference) assigned to \(member.username)"
        ) { db in
            try await InquiryRepository(database: db).update(updated)
        }
        return request.redirect(to: StaffURL.inquiry(inquiry.id).path, redirectType: .normal)
    }

    func refer(_ request: Request) async throws -> Response {
        var inquiry = try await find(request)
        guard let id = (try? request.content.get(String.self, at: "researcherID")).flatMap(UUID.init(uuidString:)),
            let researcher = try await StaffRepository(database: request.db).find(id: id), researcher.isActive,
            researcher.roles.contains(.researcher)
        else {
            return try await renderStaff(
                request, inquiry: inquiry,
                errors: [FieldError(field: "researcherID", message: request.strings[.researcherRequired])],
                status: .unprocessableEntity)
        }
        inquiry.status = .referred
        inquiry.referredTo = researcher.id
        let updated = inquiry
        try await request.audited(
            action: .inquiryRefer, recordType: .inquiry, recordID: inquiry.id.uuidString,
            summary: "\(inquiry.reference) referred to researcher \(researcher.username)"
        ) { db in
            try await InquiryRepository(database: db).update(updated)
        }
        return request.redirect(to: StaffURL.inquiry(inquiry.id).path, redirectType: .normal)
    }

    /// Turns an inquiry into a support request: a draft of the chosen type carrying the question,
    /// and an answer telling the asker the reference to follow.
    func convert(_ request: Request) async throws -> Response {
        let original = try await find(request)
        guard original.status != .answered,
            let typeID = (try? request.content.get(String.self, at: "typeID")).flatMap(UUID.init(uuidString:)),
            let type = try await RequestTypeRepository(database: request.db).type(id: typeID), type.isActive,
            let staff = request.staff
        else { throw Abort(.badRequest) }
        let today = GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
        let requestID = request.manarat.configuration.ids.next()
        let now = request.now
        let asker = try await BeneficiaryRepository(database: request.db).find(id: original.beneficiaryID)
        let strings = Strings(language: asker?.preferredLanguage ?? .arabic)
        let configuration = request.manarat.configuration
        let question = original.question
        let beneficiaryID = original.beneficiaryID
        let channel = original.channel
        try await request.audited(
            action: .inquiryConvert, recordType: .inquiry, recordID: original.id.uuidString,
            summary: "\(original.reference) converted into a \(type.code) request"
        ) { db in
            let requests = RequestRepository(database: db)
            let reference = try await requests.nextReference(on: today)
            let branch = try await BeneficiaryRepository(database: db).find(id: beneficiaryID)?.branchID
            try await requests.create(
                SupportRequest(
                    id: requestID, reference: reference, beneficiaryID: beneficiaryID, typeID: type.id, status: .draft,
                    channel: channel, branchID: staff.branchID ?? branch, intakeStaffID: staff.id, fieldValues: [:],
                    details: question, amountRequested: .zero, submittedAt: nil, submittedOn: nil,
                    expectedResponseOn: nil, attestation: nil, researcherID: nil, decision: nil, version: 1), at: now)
            try await RequestTimelineRepository(database: db).addEvent(
                requestID: requestID, event: .recorded(.create), from: nil, to: .draft, note: "", actorID: staff.id,
                actorName: staff.displayName, at: now)
            var answered = original
            answered.status = .answered
            answered.answer = strings.format(.inquiryConvertedAnswer, ["reference": reference])
            answered.answeredBy = staff.displayName
            answered.answeredAt = now
            try await InquiryRepository(database: db).update(answered)
            try await Self.tellAsker(
                asker, answered: answered, staffID: staff.id, staffBranch: staff.branchID, configuration: configuration,
                now: now, database: db)
        }
        return request.redirect(to: StaffURL.request(requestID).path, redirectType: .normal)
    }

    // MARK: Helpers

    private func validated(_ form: AskForm, request: Request, beneficiaryID: UUID, channel: ContactChannel) async throws
        -> Inquiry?
    {
        let question = (form.question ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !question.isEmpty, question.count <= 4000 else { return nil }
        let today = GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
        let calendar = try await request.workingCalendar()
        let answerDays = try await WorkingCalendarRepository(database: request.db).integerSetting(
            Self.answerDaysKey, fallback: Inquiry.standardAnswerWorkingDays)
        return Inquiry(
            id: request.manarat.configuration.ids.next(), reference: "", beneficiaryID: beneficiaryID, channel: channel,
            category: form.category.flatMap(InquiryCategory.init(rawValue:)) ?? .other, question: question,
            status: .open, referredTo: nil, answer: "", answeredBy: "", answeredAt: nil,
            answerDueOn: calendar.adding(workingDays: answerDays, to: today), askedAt: request.now)
    }

    /// Saves a new inquiry and returns its id (the earlier one's, for a form submitted twice).
    @discardableResult
    private func save(
        _ inquiry: Inquiry, request: Request, action: AuditAction,
        attachment: (format: ManaratDomain.DocumentFormat, bytes: [UInt8], name: String)? = nil
    ) async throws -> UUID {
        let today = GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
        let now = request.now
        let attachmentID = request.manarat.configuration.ids.next()
        return try await request.auditedCreation(
            recordID: inquiry.id, action: action, recordType: .inquiry,
            summary: "\(inquiry.category.rawValue) via \(inquiry.channel.rawValue), due \(inquiry.answerDueOn)"
                + (attachment.map { ", attachment \($0.format.rawValue) \($0.bytes.count) bytes" } ?? "")
        ) { db in
            let repository = InquiryRepository(database: db)
            var stored = inquiry
            stored.reference = try await repository.nextReference(on: today)
            try await repository.create(stored)
            if let attachment {
                let blob = try await DocumentStore(database: db).put(
                    attachment.bytes, mimeType: attachment.format.mimeType, at: now)
                try await repository.addAttachment(
                    InquiryAttachment(
                        id: attachmentID, inquiryID: stored.id, sha256: blob.sha256, format: attachment.format,
                        size: attachment.bytes.count, originalName: attachment.name, uploadedAt: now))
            }
        }
    }

    // MARK: Attachments

    /// The asker downloads their own question's attachment.
    func ownAttachment(_ request: Request) async throws -> Response {
        try await attachmentResponse(request, inquiry: try await own(request))
    }

    /// Staff who read inquiries download a question's attachment.
    func staffAttachment(_ request: Request) async throws -> Response {
        try await attachmentResponse(request, inquiry: try await find(request))
    }

    private func attachmentResponse(_ request: Request, inquiry: Inquiry) async throws -> Response {
        guard let attachment = try await InquiryRepository(database: request.db).attachment(of: inquiry.id) else {
            throw Abort(.notFound)
        }
        try await request.audited(
            action: .inquiryAttachmentDownload, recordType: .inquiry, recordID: inquiry.id.uuidString,
            summary: "\(inquiry.reference): attachment"
        ) { _ in }
        return try await Uploads.download(
            request, sha256: attachment.sha256, mimeType: attachment.format.mimeType,
            filename: "\(inquiry.reference)-attachment.\(attachment.format.fileExtension)")
    }

    private func own(_ request: Request) async throws -> Inquiry {
        guard let id = request.parameter(.id, as: UUID.self) else { throw Abort(.notFound) }
        guard let inquiry = try await InquiryRepository(database: request.db).find(id: id),
            inquiry.beneficiaryID == request.signedInBeneficiary?.id
        else {
            try await request.audited(
                action: .portalDenied, recordType: .inquiry, recordID: id.uuidString,
                summary: "a beneficiary asked for an inquiry that is not theirs"
            ) { _ in }
            throw Abort(.notFound)
        }
        return inquiry
    }

    private func find(_ request: Request) async throws -> Inquiry {
        guard let id = request.parameter(.inquiryID, as: UUID.self),
            let inquiry = try await InquiryRepository(database: request.db).find(id: id)
        else { throw Abort(.notFound) }
        return inquiry
    }

    private func renderAsk(_ request: Request, form: AskForm, errors: [FieldError], status: HTTPResponseStatus)
        -> Response
    {
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings[.portalAskTitle], context: context,
                content: .div(
                    .class("card narrow"),
                    .h1(.text(strings[.portalAskTitle])),
                    .p(.text(strings[.portalAskIntro] + " "), .a(.href(PublicURL.faq.path), .text(strings[.faqTitle]))),
                    FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                    .form(
                        .method(.post), .action(PortalURL.ask.path), .enctype(.multipartData),
                        Layout.csrfField(context.csrfToken),
                        Layout.submissionField(context),
                        FormFields.select(
                            name: "category", label: strings[.inquiryCategory],
                            options: InquiryCategory.allCases.map {
                                (value: $0.rawValue, label: strings.inquiryCategory($0))
                            }, selected: form.category, errors: errors),
                        FormFields.textArea(
                            name: "question", label: strings[.inquiryQuestion], value: form.question, errors: errors,
                            rows: 4),
                        FormFields.file(
                            name: "attachment", label: strings[.inquiryAttachmentLabel],
                            hint: strings[.inquiryAttachmentHint], errors: errors),
                        .div(.class("actions"), .button(.type(.submit), .text(strings[.send]))))
                )), status: status)
    }

    private func renderRecord(
        _ request: Request, beneficiary: Beneficiary, form: AskForm, errors: [FieldError], status: HTTPResponseStatus
    ) -> Response {
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings[.inquiryRecordTitle], context: context,
                content: .div(
                    .class("card narrow"),
                    .h1(.text(strings[.inquiryRecordTitle] + " — " + beneficiary.name.full)),
                    FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                    .form(
                        .method(.post), .action(StaffURL.inquiryNew(beneficiary.id).path),
                        Layout.csrfField(context.csrfToken),
                        FormFields.select(
                            name: "channel", label: strings[.channelLabel],
                            options: ContactChannel.allCases.map { (value: $0.rawValue, label: strings.channel($0)) },
                            selected: form.channel, errors: errors),
                        FormFields.select(
                            name: "category", label: strings[.inquiryCategory],
                            options: InquiryCategory.allCases.map {
                                (value: $0.rawValue, label: strings.inquiryCategory($0))
                            }, selected: form.category, errors: errors),
                        FormFields.textArea(
                            name: "question", label: strings[.inquiryQuestion], value: form.question, errors: errors,
                            rows: 4),
                        .div(
                            .class("actions"), .button(.type(.submit), .text(strings[.save])),
                            .a(.href(StaffURL.beneficiary(beneficiary.id).path), .text(strings[.cancel]))))
                )), status: status)
    }

    private func renderStaff(_ request: Request, inquiry: Inquiry, errors: [FieldError], status: HTTPResponseStatus)
        async throws -> Response
    {
        let beneficiary = try await BeneficiaryRepository(database: request.db).find(id: inquiry.beneficiaryID)
        let attachment = try await InquiryRepository(database: request.db).attachment(of: inquiry.id)
        let everyone = try await StaffRepository(database: request.db).all().filter(\.isActive)
        let researchers = everyone.filter { $0.roles.contains(.researcher) }
        let answerers = everyone.filter { !$0.roles.isDisjoint(with: Self.answerers) }
        let types = try await RequestTypeRepository(database: request.db).types().filter(\.isActive)
        let articles = try await ArticleRepository(database: request.db).search("", includeStaffOnly: false)
        let mayConvert = Access.staff(RequestRoutes.intake).admits(request.staff)
        let context = PageContext(request: request)
        let strings = context.strings
        let mayAnswer = Access.staff(Self.answerers).admits(request.staff)
        return .html(
            Layout.render(
                title: inquiry.reference, context: context,
                content: .div(
                    .class("card"),
                    .h1(
                        .span(.class("ltr"), .text(inquiry.reference)), .text(" — "),
                        .a(.href(StaffURL.beneficiary(inquiry.beneficiaryID).path), .text(beneficiary?.name.full ?? ""))
                    ),
                    .p(
                        .span(.class("badge"), .text(strings.inquiryStatus(inquiry.status))),
                        .text(
                            " " + strings.inquiryCategory(inquiry.category) + " — " + strings.channel(inquiry.channel))),
                    .p(
                        .strong(.text(strings[.inquiryAnswerDue] + ": ")),
                        .text(context.dates.dual(inquiry.answerDueOn)),
                        .if(
                            inquiry.isOverdue(on: context.today),
                            .group(
                                .text(" "),
                                .span(
                                    .class("flag"),
                                    .text(
                                        strings.format(
                                            .overdueDays,
                                            ["days": strings.days(inquiry.answerDueOn.days(until: context.today))])))))),
                    .h2(.text(strings[.inquiryQuestion])), .p(.text(inquiry.question)),
                    .unwrap(attachment) { file in
                        .p(
                            .a(
                                .href(StaffURL.inquiryAttachment(inquiry.id).path),
                                .text(strings[.inquiryAttachmentDownload])), .text(" — "),
                            .element(named: "bdi", text: file.originalName))
                    },
                    .if(
                        !errors.isEmpty,
                        .div(
                            .class("alert alert-error"), .attribute(named: "role", value: "alert"),
                            .ul(.forEach(errors) { .li(.text($0.message)) }))),
                    .if(
                        inquiry.status == .answered,
                        .group(
                            .h2(.text(strings[.inquiryAnswer])), .p(.text(inquiry.answer)),
                            .p(
                                .class("muted"),
                                .text(
                                    inquiry.answeredBy
                                        + (inquiry.answeredAt.map { " — " + context.dates.dualWithTime($0) } ?? ""))))),
                    .if(
                        inquiry.status != .answered && mayAnswer,
                        .group(
                            .form(
                                .method(.post), .action(StaffURL.inquiryAnswer(inquiry.id).path),
                                Layout.csrfField(context.csrfToken),
                                FormFields.textArea(
                                    name: "answer", label: strings[.inquiryAnswer], value: nil, errors: errors, rows: 4),
                                .if(
                                    !articles.isEmpty,
                                    FormFields.select(
                                        name: "articleID", label: strings[.linkArticle],
                                        options: [(value: "", label: "—")]
                                            + articles.map {
                                                (
                                                    value: $0.id.uuidString.lowercased(),
                                                    label: context.language == .arabic
                                                        ? $0.titleArabic : $0.titleEnglish
                                                )
                                            }, selected: nil, errors: [])),
                                .button(.type(.submit), .text(strings[.inquirySendAnswer]))),
                            .if(
                                mayConvert,
                                .form(
                                    .method(.post), .action(StaffURL.inquiryConvert(inquiry.id).path), .class("card"),
                                    Layout.csrfField(context.csrfToken),
                                    FormFields.select(
                                        name: "typeID", label: strings[.requestType],
                                        options: types.map {
                                            (value: $0.id.uuidString.lowercased(), label: $0.name(in: context.language))
                                        }, selected: nil, errors: []),
                                    .button(.type(.submit), .class("button-secondary"), .text(strings[.inquiryConvert]))
                                )),
                            .form(
                                .method(.post), .action(StaffURL.inquiryAssign(inquiry.id).path), .class("card"),
                                Layout.csrfField(context.csrfToken),
                                FormFields.select(
                                    name: "staffID", label: strings[.assignedTo],
                                    options: answerers.map {
                                        (value: $0.id.uuidString.lowercased(), label: $0.displayName)
                                    }, selected: inquiry.assignedTo?.uuidString.lowercased(), errors: errors),
                                .button(.type(.submit), .class("button-secondary"), .text(strings[.assign]))),
                            .if(
                                inquiry.status == .open,
                                .form(
                                    .method(.post), .action(StaffURL.inquiryRefer(inquiry.id).path), .class("card"),
                                    Layout.csrfField(context.csrfToken),
                                    FormFields.select(
                                        name: "researcherID", label: strings[.referQuestionTo],
                                        options: researchers.map {
                                            (value: $0.id.uuidString.lowercased(), label: $0.displayName)
                                        }, selected: nil, errors: errors),
                                    .button(
                                        .type(.submit), .class("button-secondary"), .text(strings[.referToResearch])))))
                    )
                )), status: status)
    }
}
