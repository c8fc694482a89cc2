import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// The breach register (PDPL): admins record each personal-data incident when they learn of it;
/// the page counts down the 72 hours to the regulator's notice and flags those past it.
struct BreachController {
    private struct AlreadyRecorded: Error {}

    struct Form: Content {
        var title: String?
        var description: String?
        var discovered: String?
        var discoveredCalendar: String?
        var discoveredTime: String?
        var recordsAffected: String?
        var peopleAffected: String?
        var measures: String?
    }

    func list(_ request: Request) async throws -> Response {
        try await render(request, form: Form(discoveredCalendar: "hijri"), errors: [], status: .ok)
    }

    func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(Form.self)
        let strings = request.strings
        var errors: [FieldError] = []
        func required(_ value: String?, _ field: String, _ label: Key, limit: Int) -> String {
            let text = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty || text.count > limit {
                errors.append(
                    FieldError(field: field, message: strings.format(.fieldRequiredNamed, ["field": strings[label]])))
            }
            return text
        }
        let title = required(form.title, "title", .breachTitle, limit: 200)
        let description = required(form.description, "description", .breachDescription, limit: 4000)
        let records = required(form.recordsAffected, "recordsAffected", .breachRecordsAffected, limit: 2000)
        let measures = (form.measures ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let day = FormDay.read(
            form.discovered, calendar: form.discoveredCalendar, field: "discovered", required: true, strings: strings,
            errors: &errors, label: strings[.breachDiscoveredOn])
        let time = Self.time(form.discoveredTime)
        if time == nil { errors.append(FieldError(field: "discoveredTime", message: strings[.breachTimeInvalid])) }
        let people = Int(Digits.latinized((form.peopleAffected ?? "").trimmingCharacters(in: .whitespaces)))
        if people == nil || people! < 0 {
            errors.append(FieldError(field: "peopleAffected", message: strings[.breachPeopleInvalid]))
        }
        let timeZone = request.manarat.configuration.timeZone
        let discoveredAt = day.flatMap { day in
            time.map { day.startOfDay(in: timeZone).addingTimeInterval(TimeInterval($0.hour * 3600 + $0.minute * 60)) }
        }
        if let discoveredAt, discoveredAt > request.now {
            errors.append(FieldError(field: "discovered", message: strings[.breachDiscoveredInFuture]))
        }
        guard errors.isEmpty, let discoveredAt, let people, let staff = request.staff else {
            return try await render(request, form: form, errors: errors, status: .unprocessableEntity)
        }
        let now = request.now
        let today = GregorianDay(now, timeZone: timeZone)
        let record = BreachRecord(
            id: request.manarat.configuration.ids.next(), reference: "", title: title, description: description,
            discoveredAt: discoveredAt, recordsAffected: records, peopleAffected: people,
            measures: String(measures.prefix(4000)), regulatorNotifiedAt: nil, regulatorReference: "",
            subjectsNotifiedAt: nil, recordedBy: staff.id, createdAt: now)
        let event = request.auditEvent(
            action: .breachRecord, recordType: .breach, recordID: record.id.uuidString,
            summary: "discovered \(AuditRecord.storedInstant(discoveredAt)), \(people) people")
        let reference = try await request.db.writeTransaction { db in
            let reference = try await BreachRepository(database: db).insert(record, on: today)
            try await AuditLog(database: db).append(event, at: now)
            return reference
        }
        return request.redirect(to: StaffURL.breaches.path(query: [("recorded", reference)]), redirectType: .normal)
    }

    func regulatorNotified(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.breachID, as: UUID.self) else { throw Abort(.notFound) }
        let reference = ((try? request.content.get(String.self, at: "regulatorReference")) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard try await BreachRepository(database: request.db).find(id: id) != nil else { throw Abort(.notFound) }
        guard !reference.isEmpty, reference.count <= 100 else {
            let strings = request.strings
            return try await render(
                request, form: Form(discoveredCalendar: "hijri"),
                errors: [
                    FieldError(
                        field: "regulatorReference-\(id.uuidString.lowercased())",
                        message: strings.format(.fieldRequiredNamed, ["field": strings[.breachRegulatorReference]]))
                ], status: .unprocessableEntity)
        }
        let now = request.now
        do {
            try await request.audited(
                action: .breachRegulatorNotified, recordType: .breach, recordID: id.uuidString,
                summary: "regulator reference \(reference)"
            ) { db in
                guard
                    try await BreachRepository(database: db).markRegulatorNotified(
                        id: id, at: now, reference: reference)
                else { throw AlreadyRecorded() }
            }
        } catch is AlreadyRecorded {
            // Recorded already (a second click, another admin): nothing changed, nothing audited.
            return try await render(
                request, form: Form(discoveredCalendar: "hijri"), errors: [],
                alert: request.strings[.breachAlreadyRecorded], status: .conflict)
        }
        return request.redirect(to: StaffURL.breaches.path, redirectType: .normal)
    }

    func subjectsNotified(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.breachID, as: UUID.self) else { throw Abort(.notFound) }
        guard try await BreachRepository(database: request.db).find(id: id) != nil else { throw Abort(.notFound) }
        let now = request.now
        do {
            try await request.audited(
                action: .breachSubjectsNotified, recordType: .breach, recordID: id.uuidString,
                summary: "people affected told"
            ) { db in
                guard try await BreachRepository(database: db).markSubjectsNotified(id: id, at: now) else {
                    throw AlreadyRecorded()
                }
            }
        } catch is AlreadyRecorded {
            // Recorded already (a second click, another admin): nothing changed, nothing audited.
            return try await render(
                request, form: Form(discoveredCalendar: "hijri"), errors: [],
                alert: request.strings[.breachAlreadyRecorded], status: .conflict)
        }
        return request.redirect(to: StaffURL.breaches.path, redirectType: .normal)
    }

    /// "14:30" (Arabic-Indic digits too) as hour and minute.
    static func time(_ text: String?) -> (hour: Int, minute: Int)? {
        let parts = Digits.latinized((text ?? "").trimmingCharacters(in: .whitespaces)).split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour),
            (0..<60).contains(minute), parts[1].count == 2
        else { return nil }
        return (hour, minute)
    }

    private func render(_ request: Request, form: Form, errors: [FieldError], alert: String? = nil, status: HTTPStatus)
        async throws -> Response
    {
        let breaches = try await BreachRepository(database: request.db).all()
        let context = PageContext(request: request)
        let strings = context.strings
        let now = request.now
        let recorded = try? request.query.get(String.self, at: "recorded")
        let html = Layout.render(
            title: strings[.breachesTitle], context: context,
            content: .group(
                .h1(.text(strings[.breachesTitle])),
                .p(.class("muted"), .text(strings[.breachesExplain])),
                .unwrap(recorded) {
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .p(.text(strings.format(.breachRecorded, ["reference": $0]))))
                },
                .unwrap(alert) {
                    .div(.class("alert alert-error"), .attribute(named: "role", value: "alert"), .p(.text($0)))
                },
                .forEach(breaches) { breach in Self.card(breach, now: now, errors: errors, context: context) },
                .h2(.text(strings[.breachNew])),
                FormFields.errorSummary(
                    errors.filter { !$0.field.hasPrefix("regulatorReference-") }, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.breaches.path), .class("card"),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: "title", label: strings[.breachTitle], value: form.title, errors: errors, required: true),
                    FormFields.textArea(
                        name: "description", label: strings[.breachDescription], value: form.description,
                        errors: errors, rows: 3),
                    .div(
                        .class("grid-2"),
                        FormFields.date(
                            name: "discovered", label: strings[.breachDiscoveredOn], value: form.discovered,
                            calendar: form.discoveredCalendar, errors: errors, strings: strings),
                        FormFields.text(
                            name: "discoveredTime", label: strings[.breachDiscoveredTime], value: form.discoveredTime,
                            errors: errors, required: true, example: "14:30", direction: "ltr")),
                    FormFields.textArea(
                        name: "recordsAffected", label: strings[.breachRecordsAffected], value: form.recordsAffected,
                        errors: errors, rows: 2),
                    FormFields.text(
                        name: "peopleAffected", label: strings[.breachPeopleAffected], value: form.peopleAffected,
                        errors: errors, required: true, direction: "ltr"),
                    FormFields.textArea(
                        name: "measures", label: strings[.breachMeasures], value: form.measures, errors: errors, rows: 3
                    ),
                    .button(.type(.submit), .text(strings[.breachNew])))
            ))
        return .html(html, status: status)
    }

    private static func card(_ breach: BreachRecord, now: Date, errors: [FieldError], context: PageContext) -> Node<
        HTML.BodyContext
    > {
        let strings = context.strings
        let dates = context.dates
        let state = BreachClock.state(
            discoveredAt: breach.discoveredAt, regulatorNotifiedAt: breach.regulatorNotifiedAt, now: now)
        let stateNode: Node<HTML.BodyContext>
        switch state {
        case .due(let hours):
            stateNode = .span(
                .class("badge"), .text(strings.format(.breachHoursLeft, ["hours": strings.localizedDigits("\(hours)")]))
            )
        case .overdue(let hours):
            stateNode = .span(
                .class("flag"), .text(strings.format(.breachOverdue, ["hours": strings.localizedDigits("\(hours)")])))
        case .notified(let at, let late):
            // A sentence with a date and a reference: it wraps, unlike a badge.
            stateNode = .span(
                .class(late > 0 ? "flag" : "note-ok"),
                .text(
                    late > 0
                        ? strings.format(
                            .breachNotifiedLate,
                            [
                                "date": dates.dualWithTime(at), "hours": strings.localizedDigits("\(late)"),
                                "reference": breach.regulatorReference,
                            ])
                        : strings.format(
                            .breachNotifiedOnTime,
                            ["date": dates.dualWithTime(at), "reference": breach.regulatorReference])))
        }
        let referenceField = "regulatorReference-\(breach.id.uuidString.lowercased())"
        return .section(
            .class("card"),
            .h2(
                .span(.class("ltr"), .text(breach.reference)), .text(" — "), .element(named: "bdi", text: breach.title)),
            .p(stateNode),
            .element(
                named: "dl",
                nodes: [
                    .element(named: "dt", text: strings[.breachDiscoveredOn]),
                    .element(named: "dd", text: dates.dualWithTime(breach.discoveredAt)),
                    .element(named: "dt", text: strings[.breachDeadline]),
                    .element(
                        named: "dd",
                        text: dates.dualWithTime(BreachClock.regulatorDeadline(discoveredAt: breach.discoveredAt))),
                    .element(named: "dt", text: strings[.breachDescription]),
                    .element(named: "dd", text: breach.description),
                    .element(named: "dt", text: strings[.breachRecordsAffected]),
                    .element(named: "dd", text: breach.recordsAffected),
                    .element(named: "dt", text: strings[.breachPeopleAffected]),
                    .element(named: "dd", text: strings.localizedDigits("\(breach.peopleAffected)")),
                    .element(named: "dt", text: strings[.breachMeasures]), .element(named: "dd", text: breach.measures),
                ]),
            .p(
                .text(
                    breach.subjectsNotifiedAt.map {
                        strings.format(.breachSubjectsNotified, ["date": dates.dualWithTime($0)])
                    } ?? strings[.breachSubjectsPending])),
            .if(
                breach.regulatorNotifiedAt == nil,
                .form(
                    .method(.post), .action(StaffURL.breachRegulatorNotified(breach.id).path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: "regulatorReference", label: strings[.breachRegulatorReference], value: nil,
                        errors: errors.filter { $0.field == referenceField }.map {
                            FieldError(field: "regulatorReference", message: $0.message)
                        }, required: true, direction: "ltr", id: referenceField),
                    .button(.type(.submit), .text(strings[.breachMarkRegulator])))),
            .if(
                breach.subjectsNotifiedAt == nil,
                .form(
                    .method(.post), .action(StaffURL.breachSubjectsNotified(breach.id).path),
                    Layout.csrfField(context.csrfToken),
                    .button(.type(.submit), .class("secondary"), .text(strings[.breachMarkSubjects]))))
        )
    }
}
