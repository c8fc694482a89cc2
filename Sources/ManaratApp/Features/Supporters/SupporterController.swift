import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// Supporters and donors (الداعمون): who they are, how to reach them, what they gave.
struct SupporterController {
    struct Form: Content {
        var kind: String?
        var name: String?
        var contactPerson: String?
        var phone: String?
        var email: String?
        var city: String?
        var allowedChannels: [String]?
        var wantsNews: String?
        var notes: String?
    }

    struct EntryForm: Content {
        var kind: String?
        var amount: String?
        var items: String?
        var designation: String?
        var receivedOn: String?
        var receivedOnCalendar: String?
    }

    func list(_ request: Request) async throws -> Response {
        let query = String(((try? request.query.get(String.self, at: "q")) ?? "").prefix(100))
        let supporters = try await SupporterRepository(database: request.db).search(query)
        let context = PageContext(request: request)
        let strings = context.strings
        let html = Layout.render(
            title: strings[.supportersTitle], context: context,
            content: .group(
                .h1(.text(strings[.supportersTitle])),
                .form(
                    .method(.get), .action(StaffURL.supporters.path), .class("card search-form"),
                    .attribute(named: "role", value: "search"),
                    FormFields.text(name: "q", label: strings[.searchLabel], value: query, errors: [], type: .search),
                    .button(.type(.submit), .text(strings[.searchButton]))),
                .if(
                    Access.staff(SupporterRoutes.managers).admits(request.staff),
                    .div(
                        .class("actions"),
                        .a(.class("button"), .href(StaffURL.supporterNew.path), .text(strings[.supporterNewTitle])))),
                .if(
                    supporters.isEmpty,
                    .p(.class("card"), .text(query.isEmpty ? strings[.noRecordsYet] : strings[.searchNoResults]))),
                .if(
                    !supporters.isEmpty,
                    DataTable.render(
                        headers: [strings[.supporterName], strings[.supporterKind], strings[.phone], strings[.city]],
                        rows: supporters.map { supporter in
                            [
                                .a(.href(StaffURL.supporter(supporter.id).path), .text(supporter.name)),
                                .text(strings.supporterKind(supporter.kind)),
                                .span(.class("ltr nowrap"), .text(supporter.phone.map(SaudiMobile.display) ?? "—")),
                                .text(supporter.city),
                            ]
                        }
                    ))
            ))
        return .html(html)
    }

    func show(_ request: Request) async throws -> Response {
        let supporter = try await find(request)
        let entries = try await SupporterRepository(database: request.db).entries(of: supporter.id)
        let contacts = try await ContactRepository(database: request.db).contacts(of: .supporter, id: supporter.id)
        let staffNames = Dictionary(
            uniqueKeysWithValues: try await StaffRepository(database: request.db).all().map { ($0.id, $0.displayName) })
        let context = PageContext(request: request)
        let strings = context.strings
        let mayManage = Access.staff(SupporterRoutes.managers).admits(request.staff)
        let cashTotal = Money(halalas: entries.filter { $0.kind == .cash }.map(\.amount.halalas).reduce(0, +))
        let inKindTotal = Money(halalas: entries.filter { $0.kind == .inKind }.map(\.amount.halalas).reduce(0, +))
        let html = Layout.render(
            title: supporter.name, context: context,
            content: .group(
                .h1(.text(supporter.name)),
                .if(
                    (try? request.query.get(String.self, at: "saved")) == "1",
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.savedNotice]))),
                .if(
                    mayManage,
                    .div(
                        .class("actions"),
                        .a(
                            .class("button"), .href(StaffURL.supporterEdit(supporter.id).path),
                            .text(strings[.editData])))),
                .section(
                    .class("card"),
                    .dl(
                        .class("facts"),
                        .dt(.text(strings[.supporterKind])), .dd(.text(strings.supporterKind(supporter.kind))),
                        .dt(.text(strings[.contactPerson])),
                        .dd(.text(supporter.contactPerson.isEmpty ? "—" : supporter.contactPerson)),
                        .dt(.text(strings[.phone])),
                        .dd(.span(.class("ltr"), .text(supporter.phone.map(SaudiMobile.display) ?? "—"))),
                        .dt(.text(strings[.email])),
                        .dd(.span(.class("ltr"), .text(supporter.email.isEmpty ? "—" : supporter.email))),
                        .dt(.text(strings[.city])), .dd(.text(supporter.city)),
                        .dt(.text(strings[.allowedChannels])),
                        .dd(
                            .text(
                                supporter.allowedChannels.isEmpty
                                    ? "—"
                                    : ContactChannel.allCases.filter(supporter.allowedChannels.contains).map(
                                        strings.channel
                                    ).joined(separator: strings.listSeparator))),
                        .dt(.text(strings[.wantsNews])), .dd(.text(supporter.wantsNews ? strings[.yes] : strings[.no])),
                        .dt(.text(strings[.notes])), .dd(.text(supporter.notes.isEmpty ? "—" : supporter.notes)))),
                .section(
                    .class("card"),
                    .h2(.text(strings[.supportEntriesTitle])),
                    .p(
                        .text(
                            strings.format(
                                .supportTotals,
                                ["cash": strings.money(cashTotal), "inKind": strings.money(inKindTotal)]))),
                    .if(
                        !entries.isEmpty,
                        DataTable.render(
                            headers: [
                                strings[.receivedOn], strings[.supportKind], strings[.amount], strings[.items],
                                strings[.designation],
                            ],
                            rows: entries.map { entry in
                                [
                                    .text(context.dates.dual(entry.receivedOn)), .text(strings.supportKind(entry.kind)),
                                    .span(.class("nowrap"), .text(strings.money(entry.amount))),
                                    .text(entry.items.isEmpty ? "—" : entry.items),
                                    .text(entry.designation.isEmpty ? "—" : entry.designation),
                                ]
                            })),
                    .if(
                        mayManage,
                        .element(
                            named: "details",
                            nodes: [
                                .element(named: "summary", nodes: [.text(strings[.addSupportEntry])]),
                                .form(
                                    .method(.post), .action(StaffURL.supporterEntry(supporter.id).path),
                                    Layout.csrfField(context.csrfToken),
                                    Layout.submissionField(context),
                                    .div(
                                        .class("grid-2"),
                                        FormFields.select(
                                            name: "kind", label: strings[.supportKind],
                                            options: SupportKind.allCases.map {
                                                (value: $0.rawValue, label: strings.supportKind($0))
                                            }, selected: nil, errors: []),
                                        FormFields.text(
                                            name: "amount", label: strings[.amount], value: nil, errors: [],
                                            hint: strings[.amountHint], direction: "ltr"),
                                        FormFields.text(name: "items", label: strings[.items], value: nil, errors: []),
                                        FormFields.text(
                                            name: "designation", label: strings[.designation], value: nil, errors: []),
                                        FormFields.date(
                                            name: "receivedOn", label: strings[.receivedOn], value: nil,
                                            calendar: "hijri", errors: [], strings: strings)),
                                    .div(.class("actions"), .button(.type(.submit), .text(strings[.addSupportEntry])))),
                            ]))),
                .section(
                    .class("card"),
                    .h2(.text(strings[.sectionTimeline])),
                    .if(
                        mayManage,
                        ContactPanel.render(
                            action: StaffURL.supporterContact(supporter.id).path, context: context, errors: [])),
                    ContactPanel.timeline(
                        contacts.map { ($0, $0.staffID.flatMap { staffNames[$0] } ?? "") }, context: context,
                        mayMarkDone: false))
            ))
        return .html(html)
    }

    func showNew(_ request: Request) async throws -> Response {
        render(
            request, id: nil,
            form: Form(kind: SupporterKind.person.rawValue, allowedChannels: [ContactChannel.phone.rawValue]),
            errors: [], status: .ok)
    }

    func showEdit(_ request: Request) async throws -> Response {
        let s = try await find(request)
        return render(
            request, id: s.id,
            form: Form(
                kind: s.kind.rawValue, name: s.name, contactPerson: s.contactPerson,
                phone: s.phone.map { "0" + $0.dropFirst(4) }, email: s.email, city: s.city,
                allowedChannels: s.allowedChannels.map(\.rawValue), wantsNews: s.wantsNews ? "on" : nil, notes: s.notes),
            errors: [], status: .ok)
    }

    func create(_ request: Request) async throws -> Response { try await save(request, existing: nil) }

    func update(_ request: Request) async throws -> Response {
        try await save(request, existing: try await find(request))
    }

    private func save(_ request: Request, existing: Supporter?) async throws -> Response {
        let form = try request.content.decode(Form.self)
        let strings = request.strings
        var errors: [FieldError] = []
        let name = (form.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.count > 150 {
            errors.append(FieldError(field: "name", message: strings[.fieldRequired]))
        }
        var phone: String?
        if let typed = form.phone?.trimmingCharacters(in: .whitespaces), !typed.isEmpty {
            switch SaudiMobile.normalized(typed) {
            case .success(let value): phone = value
            case .failure: errors.append(FieldError(field: "phone", message: strings[.phoneInvalid]))
            }
        }
        let email = (form.email ?? "").trimmingCharacters(in: .whitespaces)
        if !email.isEmpty, !EmailAddress.looksValid(email) {
            errors.append(FieldError(field: "email", message: strings[.emailInvalid]))
        }
        if phone == nil, email.isEmpty {
            errors.append(FieldError(field: "phone", message: strings[.phoneOrEmailRequired]))
        }
        guard errors.isEmpty else {
            return render(request, id: existing?.id, form: form, errors: errors, status: .unprocessableEntity)
        }
        let supporter = Supporter(
            id: existing?.id ?? request.manarat.configuration.ids.next(),
            kind: form.kind.flatMap(SupporterKind.init(rawValue:)) ?? .person,
            name: name, contactPerson: String((form.contactPerson ?? "").prefix(150)), phone: phone, email: email,
            city: String((form.city ?? "").prefix(60)),
            allowedChannels: Set((form.allowedChannels ?? []).compactMap(ContactChannel.init(rawValue:))),
            wantsNews: form.wantsNews == "on", notes: String((form.notes ?? "").prefix(2000))
        )
        let now = request.now
        let summary =
            "kind=\(supporter.kind.rawValue) channels=\(supporter.allowedChannels.map(\.rawValue).sorted().joined(separator: ",")) news=\(supporter.wantsNews)"
        let saved: UUID
        if existing == nil {
            saved = try await request.auditedCreation(
                recordID: supporter.id, action: .supporterCreate, recordType: .supporter, summary: summary
            ) { db in
                try await SupporterRepository(database: db).save(supporter, at: now)
            }
        } else {
            try await request.audited(
                action: .supporterUpdate, recordType: .supporter, recordID: supporter.id.uuidString, summary: summary
            ) { db in
                try await SupporterRepository(database: db).save(supporter, at: now)
            }
            saved = supporter.id
        }
        return request.redirect(to: StaffURL.supporter(saved).path + "?saved=1", redirectType: .normal)
    }

    func addEntry(_ request: Request) async throws -> Response {
        let supporter = try await find(request)
        let form = try request.content.decode(EntryForm.self)
        let strings = request.strings
        let back = StaffURL.supporter(supporter.id).path
        var errors: [FieldError] = []
        let amount = Money.parse(form.amount ?? "")
        if amount == nil || amount == .zero {
            errors.append(FieldError(field: "amount", message: strings[.amountInvalid]))
        }
        let kind = form.kind.flatMap(SupportKind.init(rawValue:)) ?? .cash
        let items = (form.items ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if kind == .inKind, items.isEmpty {
            errors.append(FieldError(field: "items", message: strings[.itemsRequired]))
        }
        let today = GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
        let received =
            FormDay.read(
                form.receivedOn, calendar: form.receivedOnCalendar, field: "receivedOn", required: false,
                strings: strings, errors: &errors) ?? today
        guard errors.isEmpty, let amount else {
            return try await PartyErrorPage.render(request, errors: errors, back: back)
        }
        let entry = SupportEntry(
            id: request.manarat.configuration.ids.next(), supporterID: supporter.id, kind: kind, amount: amount,
            items: String(items.prefix(500)), designation: String((form.designation ?? "").prefix(200)),
            receivedOn: received)
        let now = request.now
        _ = try await request.auditedCreation(
            recordID: entry.id, action: .supporterSupportAdd, recordType: .supporter,
            auditedAs: supporter.id.uuidString, summary: "\(kind.rawValue) \(amount.plain) SAR on \(received)"
        ) { db in
            try await SupporterRepository(database: db).addEntry(entry, at: now)
        }
        return request.redirect(to: back + "?saved=1", redirectType: .normal)
    }

    private func find(_ request: Request) async throws -> Supporter {
        guard let id = request.parameter(.supporterID, as: UUID.self),
            let supporter = try await SupporterRepository(database: request.db).find(id: id)
        else { throw Abort(.notFound) }
        return supporter
    }

    private func render(_ request: Request, id: UUID?, form: Form, errors: [FieldError], status: HTTPResponseStatus)
        -> Response
    {
        let context = PageContext(request: request)
        let strings = context.strings
        let title = id == nil ? strings[.supporterNewTitle] : strings[.supporterEditTitle]
        let html = Layout.render(
            title: title, context: context,
            content: .div(
                .class("card"),
                .h1(.text(title)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(id.map { StaffURL.supporterEdit($0).path } ?? StaffURL.supporterNew.path),
                    Layout.csrfField(context.csrfToken),
                    Layout.submissionField(context),
                    .div(
                        .class("grid-2"),
                        FormFields.select(
                            name: "kind", label: strings[.supporterKind],
                            options: SupporterKind.allCases.map {
                                (value: $0.rawValue, label: strings.supporterKind($0))
                            }, selected: form.kind, errors: errors),
                        FormFields.text(
                            name: "name", label: strings[.supporterName], value: form.name, errors: errors,
                            required: true),
                        FormFields.text(
                            name: "contactPerson", label: strings[.contactPerson], value: form.contactPerson,
                            errors: errors),
                        FormFields.text(
                            name: "phone", label: strings[.phone], value: form.phone, errors: errors, type: .tel,
                            example: "05XXXXXXXX", direction: "ltr"),
                        FormFields.text(
                            name: "email", label: strings[.email], value: form.email, errors: errors, type: .email,
                            direction: "ltr"),
                        FormFields.text(name: "city", label: strings[.city], value: form.city, errors: errors)),
                    FormFields.checkboxes(
                        name: "allowedChannels", legend: strings[.allowedChannels],
                        options: ContactChannel.allCases.map { (value: $0.rawValue, label: strings.channel($0)) },
                        checked: Set(form.allowedChannels ?? []), errors: errors),
                    FormFields.checkbox(name: "wantsNews", label: strings[.wantsNews], checked: form.wantsNews == "on"),
                    FormFields.textArea(name: "notes", label: strings[.notes], value: form.notes, errors: errors),
                    .div(
                        .class("actions"), .button(.type(.submit), .text(strings[.save])),
                        .a(
                            .href(id.map { StaffURL.supporter($0).path } ?? StaffURL.supporters.path),
                            .text(strings[.cancel])))
                )
            ))
        return .html(html, status: status)
    }
}
