import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// The policy and guide library: the version in force of each document with its board approval
/// in both calendars, old versions kept read-only, and staff acknowledging each new version.
struct LibraryController {
    func publicPolicy(_ request: Request) async throws -> Response {
        guard let version = try await PolicyRepository(database: request.db).current(.relationsPolicy) else {
            throw Abort(.notFound)
        }
        let context = PageContext(request: request)
        return .html(
            Layout.render(
                title: context.strings.policyDocument(.relationsPolicy), context: context,
                content: LibraryViews.document(version, fileLink: PublicURL.policyFile.path, context: context)))
    }

    /// The signed or printed copy of the policy in force, for anyone.
    func publicPolicyFile(_ request: Request) async throws -> Response {
        guard let version = try await PolicyRepository(database: request.db).current(.relationsPolicy) else {
            throw Abort(.notFound)
        }
        return try await fileResponse(request, version: version)
    }

    /// The file of any version, current or old, for staff.
    func versionFile(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.versionID, as: UUID.self),
            let version = try await PolicyRepository(database: request.db).version(id: id)
        else { throw Abort(.notFound) }
        return try await fileResponse(request, version: version)
    }

    private func fileResponse(_ request: Request, version: PolicyVersion) async throws -> Response {
        let store = DocumentStore(database: request.db)
        guard let sha = version.fileSHA256, let blob = try await store.blob(sha) else { throw Abort(.notFound) }
        let format = ManaratDomain.DocumentFormat.allCases.first { $0.mimeType == blob.mimeType } ?? .pdf
        let label = version.label.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
        return try await Uploads.download(
            request, sha256: sha, mimeType: blob.mimeType,
            filename: "\(version.kind.rawValue)-\(label).\(format.fileExtension)")
    }

    func list(_ request: Request) async throws -> Response {
        let repository = PolicyRepository(database: request.db)
        let current = try await repository.currentVersions()
        let pending = Set(try await repository.unacknowledged(by: request.staff!.id).map(\.id))
        let context = PageContext(request: request)
        let strings = context.strings
        let isAdmin = request.staff?.roles.contains(.admin) ?? false
        return .html(
            Layout.render(
                title: strings[.libraryTitle], context: context,
                content: .group(
                    .h1(.text(strings[.libraryTitle])),
                    .p(.class("muted"), .text(strings[.libraryExplain])),
                    .forEach(PolicyDocumentKind.allCases) { kind in
                        let version = current.first { $0.kind == kind }
                        return .section(
                            .class("card"),
                            .h2(.text(strings.policyDocument(kind))),
                            .unwrap(version) { version in
                                .group(
                                    .p(
                                        .a(
                                            .href(StaffURL.libraryVersion(version.id).path),
                                            .text(
                                                strings.format(
                                                    .libraryVersionLine,
                                                    [
                                                        "label": version.label, "decision": version.decisionNumber,
                                                        "date": context.dates.dual(version.approvedOn),
                                                    ])))),
                                    .if(
                                        pending.contains(version.id),
                                        .p(.span(.class("flag"), .text(strings[.libraryNotAcknowledged]))))
                                )
                            },
                            .if(version == nil, .p(.class("muted"), .text(strings[.libraryNoVersion]))),
                            .if(
                                isAdmin,
                                .p(.a(.href(StaffURL.libraryPublish(kind).path), .text(strings[.libraryPublish])))))
                    }
                )))
    }

    func show(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.versionID, as: UUID.self),
            let version = try await PolicyRepository(database: request.db).version(id: id)
        else { throw Abort(.notFound) }
        let repository = PolicyRepository(database: request.db)
        let acknowledgements = try await repository.acknowledgements(versionID: version.id)
        let history = try await repository.versions(of: version.kind)
        let context = PageContext(request: request)
        let strings = context.strings
        let staff = request.staff!
        let isAdmin = staff.roles.contains(.admin)
        let everyone = isAdmin ? try await StaffRepository(database: request.db).all().filter(\.isActive) : []
        return .html(
            Layout.render(
                title: strings.policyDocument(version.kind), context: context,
                content: .group(
                    .if(
                        version.isCurrent && acknowledgements[staff.id] == nil,
                        .form(
                            .method(.post), .action(StaffURL.libraryAcknowledge(version.id).path),
                            .class("alert alert-info"),
                            Layout.csrfField(context.csrfToken),
                            .p(.text(strings[.libraryAcknowledgeExplain])),
                            .button(.type(.submit), .text(strings[.libraryAcknowledge])))),
                    .if(!version.isCurrent, .div(.class("alert alert-info"), .text(strings[.libraryOldVersion]))),
                    LibraryViews.document(version, fileLink: StaffURL.libraryFile(version.id).path, context: context),
                    .section(
                        .class("card"),
                        .h2(.text(strings[.libraryVersions])),
                        .ul(
                            .forEach(history) { old in
                                .li(
                                    .a(
                                        .href(StaffURL.libraryVersion(old.id).path),
                                        .text(
                                            strings.format(
                                                .libraryVersionLine,
                                                [
                                                    "label": old.label, "decision": old.decisionNumber,
                                                    "date": context.dates.dual(old.approvedOn),
                                                ]))),
                                    .if(old.isCurrent, .span(.class("badge"), .text(strings[.libraryCurrent]))))
                            })),
                    .if(
                        isAdmin && version.isCurrent,
                        .section(
                            .class("card"),
                            .h2(.text(strings[.libraryWhoRead])),
                            DataTable.render(
                                headers: [strings[.displayName], strings[.status]],
                                rows: everyone.map { member in
                                    [
                                        .text(member.displayName),
                                        acknowledgements[member.id].map { .text(context.dates.dualWithTime($0)) }
                                            ?? .span(.class("flag"), .text(strings[.libraryNotAcknowledged])),
                                    ]
                                })))
                )))
    }

    func acknowledge(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.versionID, as: UUID.self),
            let version = try await PolicyRepository(database: request.db).version(id: id)
        else { throw Abort(.notFound) }
        let staffID = request.staff!.id
        let now = request.now
        try await request.audited(
            action: .policyAcknowledge, recordType: .policyVersion, recordID: id.uuidString,
            summary: "\(version.kind.rawValue) version \(version.label) read"
        ) { db in
            _ = try await PolicyRepository(database: db).acknowledge(versionID: id, staffID: staffID, at: now)
        }
        return request.redirect(to: StaffURL.libraryVersion(id).path, redirectType: .normal)
    }

    struct PublishForm: Content {
        var label: String?
        var decisionNumber: String?
        var approvedOn: String?
        var approvedOnCalendar: String?
        var approvingBody: String?
        var textArabic: String?
        var textEnglish: String?
        /// The signed or printed copy (PDF or a scan), with or instead of the text.
        var file: File?
    }

    func showPublish(_ request: Request) async throws -> Response {
        let kind = try kindParameter(request)
        return render(
            request, kind: kind, form: PublishForm(approvedOnCalendar: "hijri", approvingBody: "مجلس الإدارة"),
            errors: [], status: .ok)
    }

    func publish(_ request: Request) async throws -> Response {
        let kind = try kindParameter(request)
        var form = try request.content.decode(PublishForm.self)
        let strings = request.strings
        if let file = form.file, file.data.readableBytes == 0, file.filename.isEmpty { form.file = nil }
        var errors: [FieldError] = []
        func required(_ value: String?, _ field: String, _ key: Key) -> String {
            let trimmed = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty {
                errors.append(
                    FieldError(field: field, message: strings.format(.fieldRequiredNamed, ["field": strings[key]])))
            }
            return trimmed
        }
        let label = required(form.label, "label", .libraryVersionLabel)
        let decision = required(form.decisionNumber, "decisionNumber", .libraryDecisionNumber)
        let body = required(form.approvingBody, "approvingBody", .libraryApprovingBody)
        // The text, the file, or both: a version must carry one of them.
        let text =
            form.file == nil
            ? required(form.textArabic, "textArabic", .libraryTextArabic)
            : (form.textArabic ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let upload = Uploads.checked(
            form.file, field: "file", required: false, maximumBytes: request.manarat.configuration.uploadMaxBytes,
            strings: strings, errors: &errors)
        let approved = FormDay.read(
            form.approvedOn, calendar: form.approvedOnCalendar, field: "approvedOn", required: true, strings: strings,
            errors: &errors, label: strings[.libraryApprovedOn])
        guard errors.isEmpty, let approved else {
            return render(request, kind: kind, form: form, errors: errors, status: .unprocessableEntity)
        }
        let version = PolicyVersion(
            id: request.manarat.configuration.ids.next(), kind: kind, label: String(label.prefix(40)),
            decisionNumber: String(decision.prefix(60)), approvedOn: approved, approvingBody: String(body.prefix(120)),
            textArabic: String(text.prefix(200_000)), textEnglish: String((form.textEnglish ?? "").prefix(200_000)),
            fileSHA256: nil, publishedAt: request.now, isCurrent: true)
        let now = request.now
        try await request.audited(
            action: .policyPublish, recordType: .policyVersion, recordID: version.id.uuidString,
            summary: "\(kind.rawValue) version \(version.label), decision \(version.decisionNumber) of \(approved)"
                + (upload.map { ", file \($0.0.rawValue) \($0.1.count) bytes" } ?? "")
        ) { db in
            var stored = version
            if let (format, bytes) = upload {
                stored.fileSHA256 = try await DocumentStore(database: db).put(bytes, mimeType: format.mimeType, at: now)
                    .sha256
            }
            try await PolicyRepository(database: db).publish(stored)
        }
        return request.redirect(to: StaffURL.libraryVersion(version.id).path, redirectType: .normal)
    }

    private func kindParameter(_ request: Request) throws -> PolicyDocumentKind {
        guard let kind = request.parameter(.kind).flatMap(PolicyDocumentKind.init(rawValue:)) else {
            throw Abort(.notFound)
        }
        return kind
    }

    private func render(
        _ request: Request, kind: PolicyDocumentKind, form: PublishForm, errors: [FieldError],
        status: HTTPResponseStatus
    ) -> Response {
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings[.libraryPublish], context: context,
                content: .div(
                    .class("card"),
                    .h1(.text(strings[.libraryPublish] + " — " + strings.policyDocument(kind))),
                    .p(.class("muted"), .text(strings[.libraryPublishExplain])),
                    FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                    .form(
                        .method(.post), .action(StaffURL.libraryPublish(kind).path), .enctype(.multipartData),
                        Layout.csrfField(context.csrfToken),
                        .div(
                            .class("grid-2"),
                            FormFields.text(
                                name: "label", label: strings[.libraryVersionLabel], value: form.label, errors: errors,
                                required: true, direction: "ltr"),
                            FormFields.text(
                                name: "decisionNumber", label: strings[.libraryDecisionNumber],
                                value: form.decisionNumber, errors: errors, required: true, example: "3-23/M",
                                direction: "ltr"),
                            FormFields.date(
                                name: "approvedOn", label: strings[.libraryApprovedOn], value: form.approvedOn,
                                calendar: form.approvedOnCalendar, errors: errors, strings: strings),
                            FormFields.text(
                                name: "approvingBody", label: strings[.libraryApprovingBody], value: form.approvingBody,
                                errors: errors, required: true)),
                        FormFields.textArea(
                            name: "textArabic", label: strings[.libraryTextArabic], value: form.textArabic,
                            errors: errors, rows: 12),
                        FormFields.textArea(
                            name: "textEnglish", label: strings[.libraryTextEnglish], value: form.textEnglish,
                            errors: errors, rows: 8),
                        FormFields.file(
                            name: "file", label: strings[.libraryFile], hint: strings[.libraryFileHint], errors: errors),
                        .div(
                            .class("actions"), .button(.type(.submit), .text(strings[.libraryPublish])),
                            .a(.href(StaffURL.library.path), .text(strings[.cancel])))))
            ), status: status)
    }
}
