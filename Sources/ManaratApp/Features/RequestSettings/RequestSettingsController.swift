import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// Administrators set up request types, holidays, the response window and the committee quorum.
struct RequestSettingsController {
    struct TypeForm: Content {
        var code: String?
        var nameArabic: String?
        var nameEnglish: String?
        var descriptionArabic: String?
        var descriptionEnglish: String?
        var fields: String?
        var documents: [String]?
        var validDocuments: [String]?
        var categories: [String]?
        var services: [String]?
        var isActive: String?
    }

    func types(_ request: Request) async throws -> Response {
        let types = try await RequestTypeRepository(database: request.db).types()
        let context = PageContext(request: request)
        let strings = context.strings
        let html = Layout.render(
            title: strings[.requestTypesTitle], context: context,
            content: .group(
                .h1(.text(strings[.requestTypesTitle])),
                .if(
                    (try? request.query.get(String.self, at: "saved")) == "1",
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.savedNotice]))),
                .div(
                    .class("actions"),
                    .a(.class("button"), .href(StaffURL.requestTypeNew.path), .text(strings[.requestTypeNewTitle])),
                    .a(
                        .class("button button-secondary"), .href(StaffURL.holidays.path), .text(strings[.holidaysTitle])
                    ),
                    .a(
                        .class("button button-secondary"), .href(StaffURL.requestSettings.path),
                        .text(strings[.requestSettingsTitle]))),
                DataTable.render(
                    headers: [
                        strings[.requestType], strings[.requiredDocuments], strings[.serviceKindLabel],
                        strings[.status],
                    ],
                    rows: types.map { type in
                        [
                            .a(.href(StaffURL.requestTypeEdit(type.id).path), .text(type.name(in: context.language))),
                            .text(
                                type.requiredDocuments.map { strings.documentKind($0.kind) }.joined(
                                    separator: strings.listSeparator)),
                            .text(type.serviceKinds.map(strings.serviceKind).joined(separator: strings.listSeparator)),
                            .span(
                                .class(type.isActive ? "badge" : "badge badge-off"),
                                .text(type.isActive ? strings[.active] : strings[.inactive])),
                        ]
                    })
            ))
        return .html(html)
    }

    func showNewType(_ request: Request) async throws -> Response {
        try await renderType(
            request, id: nil,
            form: TypeForm(
                documents: [DocumentKind.identityCopy.rawValue], validDocuments: [DocumentKind.identityCopy.rawValue],
                services: [ServiceKind.cash.rawValue], isActive: "on"), errors: [], status: .ok)
    }

    func showEditType(_ request: Request) async throws -> Response {
        let type = try await findType(request)
        let form = TypeForm(
            code: type.code, nameArabic: type.nameArabic, nameEnglish: type.nameEnglish,
            descriptionArabic: type.descriptionArabic, descriptionEnglish: type.descriptionEnglish,
            fields: type.requiredFields.map { "\($0.key) | \($0.labelArabic) | \($0.labelEnglish)" }.joined(
                separator: "\n"),
            documents: type.requiredDocuments.map(\.kind.rawValue),
            validDocuments: type.requiredDocuments.filter(\.mustBeValidAtSubmission).map(\.kind.rawValue),
            categories: type.eligibleCategoryIDs.map { $0.uuidString.lowercased() },
            services: type.serviceKinds.map(\.rawValue), isActive: type.isActive ? "on" : nil
        )
        return try await renderType(request, id: type.id, form: form, errors: [], status: .ok)
    }

    func createType(_ request: Request) async throws -> Response { try await saveType(request, existing: nil) }

    func updateType(_ request: Request) async throws -> Response {
        try await saveType(request, existing: try await findType(request))
    }

    private func saveType(_ request: Request, existing: RequestType?) async throws -> Response {
        let form = try request.content.decode(TypeForm.self)
        let strings = request.strings
        var errors: [FieldError] = []
        let code = StaffRules.normalizedCode(form.code ?? "") ?? ""
        if code.isEmpty {
            errors.append(FieldError(field: "code", message: strings[.categoryCodeInvalid]))
        } else if try await RequestTypeRepository(database: request.db).typeCodeTaken(code, except: existing?.id) {
            errors.append(FieldError(field: "code", message: strings[.categoryCodeTaken]))
        }
        let arabic = (form.nameArabic ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let english = (form.nameEnglish ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if arabic.isEmpty { errors.append(FieldError(field: "nameArabic", message: strings[.fieldRequired])) }
        if english.isEmpty { errors.append(FieldError(field: "nameEnglish", message: strings[.fieldRequired])) }
        var fields: [RequestField] = []
        for line in (form.fields ?? "").split(whereSeparator: \.isNewline)
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 3, StaffRules.normalizedCode(parts[0]) == parts[0] else {
                errors.append(FieldError(field: "fields", message: strings[.requestFieldsInvalid]))
                break
            }
            fields.append(RequestField(key: parts[0], labelArabic: parts[1], labelEnglish: parts[2]))
        }
        let valid = Set(form.validDocuments ?? [])
        let documents = (form.documents ?? []).compactMap(DocumentKind.init(rawValue:)).map {
            DocumentRequirement(kind: $0, mustBeValidAtSubmission: valid.contains($0.rawValue))
        }
        let services = (form.services ?? []).compactMap(ServiceKind.init(rawValue:))
        if services.isEmpty { errors.append(FieldError(field: "services", message: strings[.serviceRequired])) }
        guard errors.isEmpty else {
            return try await renderType(
                request, id: existing?.id, form: form, errors: errors, status: .unprocessableEntity)
        }
        let type = RequestType(
            id: existing?.id ?? request.manarat.configuration.ids.next(), code: code, nameArabic: arabic,
            nameEnglish: english,
            descriptionArabic: String((form.descriptionArabic ?? "").prefix(2000)),
            descriptionEnglish: String((form.descriptionEnglish ?? "").prefix(2000)),
            requiredFields: fields, requiredDocuments: documents,
            eligibleCategoryIDs: Set((form.categories ?? []).compactMap(UUID.init(uuidString:))),
            serviceKinds: services, isActive: form.isActive == "on"
        )
        try await request.audited(
            action: existing == nil ? .requestTypeCreate : .requestTypeUpdate, recordType: .requestType,
            recordID: type.id.uuidString,
            summary:
                "code=\(code) documents=\(documents.map { $0.kind.rawValue + ($0.mustBeValidAtSubmission ? "!" : "") }.joined(separator: ",")) fields=\(fields.map(\.key).joined(separator: ",")) active=\(type.isActive)"
        ) { db in
            try await RequestTypeRepository(database: db).save(type)
        }
        return request.redirect(to: StaffURL.requestTypes.path(query: [("saved", "1")]), redirectType: .normal)
    }

    private func findType(_ request: Request) async throws -> RequestType {
        guard let id = request.parameter(.typeID, as: UUID.self),
            let type = try await RequestTypeRepository(database: request.db).type(id: id)
        else { throw Abort(.notFound) }
        return type
    }

    private func renderType(
        _ request: Request, id: UUID?, form: TypeForm, errors: [FieldError], status: HTTPResponseStatus
    ) async throws -> Response {
        let categories = try await CategoryRepository(database: request.db).all()
        let context = PageContext(request: request)
        let strings = context.strings
        let title = id == nil ? strings[.requestTypeNewTitle] : strings[.requestTypeEditTitle]
        let kinds = DocumentKind.allCases.filter { ![.signedAttestation, .researchPhoto].contains($0) }
        let html = Layout.render(
            title: title, context: context,
            content: .div(
                .class("card"),
                .h1(.text(title)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post),
                    .action(id.map { StaffURL.requestTypeEdit($0).path } ?? StaffURL.requestTypeNew.path),
                    Layout.csrfField(context.csrfToken),
                    .div(
                        .class("grid-2"),
                        FormFields.text(
                            name: "code", label: strings[.typeCode], value: form.code, errors: errors, required: true,
                            example: "rent", direction: "ltr"),
                        FormFields.text(
                            name: "nameArabic", label: strings[.nameArabic], value: form.nameArabic, errors: errors,
                            required: true, direction: "rtl"),
                        FormFields.text(
                            name: "nameEnglish", label: strings[.nameEnglish], value: form.nameEnglish, errors: errors,
                            required: true, direction: "ltr")),
                    FormFields.textArea(
                        name: "descriptionArabic", label: strings[.descriptionArabic], value: form.descriptionArabic,
                        errors: errors),
                    FormFields.textArea(
                        name: "descriptionEnglish", label: strings[.descriptionEnglish], value: form.descriptionEnglish,
                        errors: errors),
                    FormFields.checkboxes(
                        name: "documents", legend: strings[.requiredDocuments],
                        options: kinds.map { (value: $0.rawValue, label: strings.documentKind($0)) },
                        checked: Set(form.documents ?? []), errors: errors),
                    FormFields.checkboxes(
                        name: "validDocuments", legend: strings[.mustBeValidLegend],
                        options: kinds.map { (value: $0.rawValue, label: strings.documentKind($0)) },
                        checked: Set(form.validDocuments ?? []), errors: errors),
                    FormFields.textArea(
                        name: "fields", label: strings[.requestFieldsLabel], value: form.fields, errors: errors,
                        rows: 4, hint: strings[.requestFieldsHint]),
                    FormFields.checkboxes(
                        name: "categories", legend: strings[.eligibleCategories],
                        options: categories.map {
                            (value: $0.id.uuidString.lowercased(), label: $0.name(in: context.language))
                        }, checked: Set(form.categories ?? []), errors: errors),
                    FormFields.checkboxes(
                        name: "services", legend: strings[.serviceKindLabel],
                        options: ServiceKind.allCases.map { (value: $0.rawValue, label: strings.serviceKind($0)) },
                        checked: Set(form.services ?? []), errors: errors),
                    FormFields.checkbox(
                        name: "isActive", label: strings[.requestTypeActive], checked: form.isActive == "on"),
                    .div(
                        .class("actions"), .button(.type(.submit), .text(strings[.save])),
                        .a(.href(StaffURL.requestTypes.path), .text(strings[.cancel])))
                )
            ))
        return .html(html, status: status)
    }

    // MARK: Holidays

    func holidays(_ request: Request) async throws -> Response {
        try await renderHolidays(request, errors: [], status: .ok)
    }

    func addHolidays(_ request: Request) async throws -> Response {
        let strings = request.strings
        var errors: [FieldError] = []
        let name = ((try? request.content.get(String.self, at: "name")) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        if name.isEmpty { errors.append(FieldError(field: "name", message: strings[.fieldRequired])) }
        let from = FormDay.read(
            try? request.content.get(String.self, at: "from"),
            calendar: try? request.content.get(String.self, at: "fromCalendar"), field: "from", required: true,
            strings: strings, errors: &errors)
        let until = FormDay.read(
            try? request.content.get(String.self, at: "until"),
            calendar: try? request.content.get(String.self, at: "untilCalendar"), field: "until", required: false,
            strings: strings, errors: &errors)
        if let from, let until, until < from || from.days(until: until) > 60 {
            errors.append(FieldError(field: "until", message: strings[.holidayRangeInvalid]))
        }
        guard errors.isEmpty, let from else {
            return try await renderHolidays(request, errors: errors, status: .unprocessableEntity)
        }
        let days = (0...from.days(until: until ?? from)).map { from.adding(days: $0) }
        try await request.audited(
            action: .holidayAdd, recordType: .settings, recordID: "holidays",
            summary: "\(name): \(from) → \(until ?? from)"
        ) { db in
            try await WorkingCalendarRepository(database: db).addHolidays(days, name: String(name.prefix(100)))
        }
        request.manarat.calendarCache.forget()
        return request.redirect(to: StaffURL.holidays.path, redirectType: .normal)
    }

    func removeHoliday(_ request: Request) async throws -> Response {
        guard let day = (try? request.content.get(String.self, at: "day")).flatMap(GregorianDay.init(iso:)) else {
            throw Abort(.badRequest)
        }
        try await request.audited(
            action: .holidayRemove, recordType: .settings, recordID: "holidays", summary: day.description
        ) { db in
            try await WorkingCalendarRepository(database: db).removeHoliday(day)
        }
        request.manarat.calendarCache.forget()
        return request.redirect(to: StaffURL.holidays.path, redirectType: .normal)
    }

    private func renderHolidays(_ request: Request, errors: [FieldError], status: HTTPResponseStatus) async throws
        -> Response
    {
        let holidays = try await WorkingCalendarRepository(database: request.db).holidays()
        let context = PageContext(request: request)
        let strings = context.strings
        let html = Layout.render(
            title: strings[.holidaysTitle], context: context,
            content: .group(
                .h1(.text(strings[.holidaysTitle])),
                .p(.class("muted"), .text(strings[.holidaysExplain])),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.holidays.path), .class("card"),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: "name", label: strings[.holidayName], value: nil, errors: errors, required: true),
                    .div(
                        .class("grid-2"),
                        FormFields.date(
                            name: "from", label: strings[.dateFrom], value: nil, calendar: "hijri", errors: errors,
                            strings: strings),
                        FormFields.date(
                            name: "until", label: strings[.dateUntil], value: nil, calendar: "hijri", errors: errors,
                            strings: strings)),
                    .button(.type(.submit), .text(strings[.addHoliday]))),
                DataTable.render(
                    headers: [strings[.holidayName], strings[.dateFrom], strings[.actionsColumn]],
                    rows: holidays.map { holiday in
                        [
                            .text(holiday.name), context.dates.cell(holiday.day),
                            .form(
                                .method(.post), .action(StaffURL.holidayRemove.path), .class("inline-form"),
                                Layout.csrfField(context.csrfToken),
                                .input(.type(.hidden), .name("day"), .value(holiday.day.description)),
                                .button(.type(.submit), .class("link-button"), .text(strings[.remove]))),
                        ]
                    })
            ))
        return .html(html, status: status)
    }

    // MARK: Settings

    func showSettings(_ request: Request) async throws -> Response {
        let days = try await WorkingCalendarRepository(database: request.db).integerSetting(
            RequestWorkflow.workingDaysKey, fallback: ResponseClock.standardWorkingDays)
        let quorum = try await WorkingCalendarRepository(database: request.db).integerSetting(
            RequestWorkflow.quorumKey, fallback: RequestWorkflow.defaultQuorum)
        let inquiryDays = try await WorkingCalendarRepository(database: request.db).integerSetting(
            InquiryController.answerDaysKey, fallback: Inquiry.standardAnswerWorkingDays)
        return renderSettings(
            request, days: String(days), quorum: String(quorum), inquiryDays: String(inquiryDays), errors: [],
            status: .ok)
    }

    func saveSettings(_ request: Request) async throws -> Response {
        let strings = request.strings
        let daysText = (try? request.content.get(String.self, at: "workingDays")) ?? ""
        let quorumText = (try? request.content.get(String.self, at: "quorum")) ?? ""
        let inquiryText =
            (try? request.content.get(String.self, at: "inquiryDays")) ?? String(Inquiry.standardAnswerWorkingDays)
        let inquiryDays = Int(Digits.latinized(inquiryText.trimmingCharacters(in: .whitespaces))) ?? 0
        var errors: [FieldError] = []
        let days = Int(Digits.latinized(daysText.trimmingCharacters(in: .whitespaces))) ?? 0
        let quorum = Int(Digits.latinized(quorumText.trimmingCharacters(in: .whitespaces))) ?? 0
        if !(1...60).contains(days) {
            errors.append(
                FieldError(
                    field: "workingDays",
                    message: strings.format(
                        .countInvalid, ["minimum": strings.number(1), "maximum": strings.number(60)])))
        }
        if !(1...20).contains(quorum) {
            errors.append(
                FieldError(
                    field: "quorum",
                    message: strings.format(
                        .countInvalid, ["minimum": strings.number(1), "maximum": strings.number(20)])))
        }
        if !(1...30).contains(inquiryDays) {
            errors.append(
                FieldError(
                    field: "inquiryDays",
                    message: strings.format(
                        .countInvalid, ["minimum": strings.number(1), "maximum": strings.number(30)])))
        }
        guard errors.isEmpty else {
            return renderSettings(
                request, days: daysText, quorum: quorumText, inquiryDays: inquiryText, errors: errors,
                status: .unprocessableEntity)
        }
        try await request.audited(
            action: .requestSettingsUpdate, recordType: .settings, recordID: "requests",
            summary: "working days=\(days) quorum=\(quorum) inquiry answer days=\(inquiryDays)"
        ) { db in
            try await WorkingCalendarRepository(database: db).setIntegerSetting(RequestWorkflow.workingDaysKey, days)
            try await WorkingCalendarRepository(database: db).setIntegerSetting(RequestWorkflow.quorumKey, quorum)
            try await WorkingCalendarRepository(database: db).setIntegerSetting(
                InquiryController.answerDaysKey, inquiryDays)
        }
        return request.redirect(to: StaffURL.requestTypes.path(query: [("saved", "1")]), redirectType: .normal)
    }

    private func renderSettings(
        _ request: Request, days: String, quorum: String, inquiryDays: String, errors: [FieldError],
        status: HTTPResponseStatus
    ) -> Response {
        let context = PageContext(request: request)
        let strings = context.strings
        let html = Layout.render(
            title: strings[.requestSettingsTitle], context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(strings[.requestSettingsTitle])),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.requestSettings.path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: "workingDays", label: strings[.responseWorkingDays], value: days, errors: errors,
                        hint: strings[.responseWorkingDaysHint], direction: "ltr"),
                    FormFields.text(
                        name: "quorum", label: strings[.committeeQuorum], value: quorum, errors: errors,
                        direction: "ltr"),
                    FormFields.text(
                        name: "inquiryDays", label: strings[.inquiryAnswerWorkingDays], value: inquiryDays,
                        errors: errors, direction: "ltr"),
                    .div(.class("actions"), .button(.type(.submit), .text(strings[.save]))))
            ))
        return .html(html, status: status)
    }
}
