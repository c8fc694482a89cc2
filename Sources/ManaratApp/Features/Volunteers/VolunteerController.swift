import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// Volunteers (المتطوعون): the public application, approval, assignments and hours.
struct VolunteerController {
    struct Form: Content {
        var fullName: String?
        var phone: String?
        var email: String?
        var city: String?
        var skills: String?
        var availability: String?
    }

    // MARK: Public application

    func showPublicApplication(_ request: Request) async throws -> Response {
        renderApplication(request, form: Form(), errors: [], isPublic: true, status: .ok)
    }

    func submitPublicApplication(_ request: Request) async throws -> Response {
        let form = try request.content.decode(Form.self)
        let allowed = try await RateLimitRepository(database: request.db).hit(
            "volunteer-ip:" + (request.clientIP ?? "unknown"), limit: 10, window: 3600, at: request.now)
        guard allowed else { throw Abort(.tooManyRequests) }
        let (volunteer, errors) = validate(form, request: request, fromPublicForm: true)
        guard let volunteer, errors.isEmpty else {
            return renderApplication(request, form: form, errors: errors, isPublic: true, status: .unprocessableEntity)
        }
        _ = try await request.auditedCreation(
            recordID: volunteer.id, action: .volunteerApply, recordType: .volunteer,
            summary: "application from the public form"
        ) { db in
            try await VolunteerRepository(database: db).save(volunteer)
        }
        return request.redirect(to: PublicURL.volunteerThanks.path, redirectType: .normal)
    }

    func publicThanks(_ request: Request) async throws -> Response {
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings[.volunteerThanksTitle], context: context,
                content: .div(
                    .class("card narrow"), .attribute(named: "role", value: "status"),
                    .h1(.text(strings[.volunteerThanksTitle])),
                    .p(.text(strings[.volunteerThanksText])),
                    .div(
                        .class("actions"),
                        .a(.class("button"), .href(PublicURL.home.path), .text(strings[.errorGoHome])))
                )))
    }

    // MARK: Staff

    func list(_ request: Request) async throws -> Response {
        let status = (try? request.query.get(String.self, at: "status")).flatMap(VolunteerStatus.init(rawValue:))
        let volunteers = try await VolunteerRepository(database: request.db).list(status: status)
        let context = PageContext(request: request)
        let strings = context.strings
        let filters: [(String, String)] =
            [("", strings[.allStatuses])] + VolunteerStatus.allCases.map { ($0.rawValue, strings.volunteerStatus($0)) }
        let html = Layout.render(
            title: strings[.volunteersTitle], context: context,
            content: .group(
                .h1(.text(strings[.volunteersTitle])),
                .nav(
                    .attribute(named: "aria-label", value: strings[.status]), .class("pager"),
                    .forEach(filters) { value, label in
                        .a(
                            .href(
                                value.isEmpty
                                    ? StaffURL.volunteers.path : StaffURL.volunteers.path(query: [("status", value)])),
                            .if((status?.rawValue ?? "") == value, .attribute(named: "aria-current", value: "page")),
                            .text(label))
                    }),
                .if(
                    Access.staff(VolunteerRoutes.managers).admits(request.staff),
                    .div(
                        .class("actions"),
                        .a(.class("button"), .href(StaffURL.volunteerNew.path), .text(strings[.volunteerNewTitle])))),
                .if(volunteers.isEmpty, .p(.class("card"), .text(strings[.noRecordsYet]))),
                .if(
                    !volunteers.isEmpty,
                    DataTable.render(
                        headers: [
                            strings[.fullName], strings[.phone], strings[.city], strings[.status], strings[.appliedOn],
                        ],
                        rows: volunteers.map { volunteer in
                            [
                                .a(.href(StaffURL.volunteer(volunteer.id).path), .text(volunteer.fullName)),
                                .span(.class("ltr nowrap"), .text(SaudiMobile.display(volunteer.phone))),
                                .text(volunteer.city),
                                .span(.class("badge"), .text(strings.volunteerStatus(volunteer.status))),
                                context.dates.cell(GregorianDay(volunteer.appliedAt, timeZone: context.timeZone)),
                            ]
                        }
                    ))
            ))
        return .html(html)
    }

    func showNew(_ request: Request) async throws -> Response {
        renderApplication(request, form: Form(), errors: [], isPublic: false, status: .ok)
    }

    func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(Form.self)
        let (volunteer, errors) = validate(form, request: request, fromPublicForm: false)
        guard let volunteer, errors.isEmpty else {
            return renderApplication(request, form: form, errors: errors, isPublic: false, status: .unprocessableEntity)
        }
        let saved = try await request.auditedCreation(
            recordID: volunteer.id, action: .volunteerCreate, recordType: .volunteer, summary: "recorded by staff"
        ) { db in
            try await VolunteerRepository(database: db).save(volunteer)
        }
        return request.redirect(to: StaffURL.volunteer(saved).path + "?saved=1", redirectType: .normal)
    }

    func show(_ request: Request) async throws -> Response {
        let volunteer = try await find(request)
        let repository = VolunteerRepository(database: request.db)
        let assignments = try await repository.assignments(of: volunteer.id)
        let hours = try await repository.hours(of: volunteer.id)
        let contacts = try await ContactRepository(database: request.db).contacts(of: .volunteer, id: volunteer.id)
        let staffNames = Dictionary(
            uniqueKeysWithValues: try await StaffRepository(database: request.db).all().map { ($0.id, $0.displayName) })
        let branches = try await BranchRepository(database: request.db).all()
        let context = PageContext(request: request)
        let strings = context.strings
        let mayManage = Access.staff(VolunteerRoutes.managers).admits(request.staff)
        let totalMinutes = hours.map(\.minutes).reduce(0, +)
        let html = Layout.render(
            title: volunteer.fullName, context: context,
            content: .group(
                .h1(.text(volunteer.fullName)),
                .p(
                    .span(.class("badge"), .text(strings.volunteerStatus(volunteer.status))),
                    .if(volunteer.fromPublicForm, .span(.class("badge"), .text(strings[.fromPublicForm])))),
                .if(
                    (try? request.query.get(String.self, at: "saved")) == "1",
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.savedNotice]))),
                .if(
                    mayManage,
                    .div(
                        .class("actions"),
                        .forEach(volunteer.nextStatuses) { next in
                            .form(
                                .method(.post), .action(StaffURL.volunteerStatus(volunteer.id).path),
                                .class("inline-form"),
                                Layout.csrfField(context.csrfToken),
                                .input(.type(.hidden), .name("status"), .value(next.rawValue)),
                                .button(
                                    .type(.submit), .class(next == .approved ? "" : "button-secondary"),
                                    .text(strings.volunteerAction(next))))
                        })),
                .section(
                    .class("card"),
                    .dl(
                        .class("facts"),
                        .dt(.text(strings[.phone])),
                        .dd(.span(.class("ltr"), .text(SaudiMobile.display(volunteer.phone)))),
                        .dt(.text(strings[.email])),
                        .dd(.span(.class("ltr"), .text(volunteer.email.isEmpty ? "—" : volunteer.email))),
                        .dt(.text(strings[.city])), .dd(.text(volunteer.city)),
                        .dt(.text(strings[.skills])), .dd(.text(volunteer.skills)),
                        .dt(.text(strings[.availability])),
                        .dd(.text(volunteer.availability.isEmpty ? "—" : volunteer.availability)),
                        .dt(.text(strings[.appliedOn])), .dd(.text(context.dates.dualWithTime(volunteer.appliedAt))))),
                .section(
                    .class("card"),
                    .h2(.text(strings[.assignmentsTitle])),
                    .if(assignments.isEmpty, .p(.class("muted"), .text(strings[.noAssignments]))),
                    .ul(
                        .class("timeline"),
                        .forEach(assignments) { assignment in
                            .li(
                                .strong(.text(assignment.title)), .br(),
                                .span(
                                    .class("muted"),
                                    .text(
                                        context.dates.dual(assignment.startsOn)
                                            + (assignment.endsOn.map { " ← " + context.dates.dual($0) } ?? "")
                                            + (branches.first { $0.id == assignment.branchID }.map {
                                                " — " + $0.name(in: context.language)
                                            } ?? ""))))
                        }),
                    .if(
                        mayManage && volunteer.status == .approved,
                        .element(
                            named: "details",
                            nodes: [
                                .element(named: "summary", nodes: [.text(strings[.addAssignment])]),
                                .form(
                                    .method(.post), .action(StaffURL.volunteerAssignment(volunteer.id).path),
                                    Layout.csrfField(context.csrfToken),
                                    FormFields.text(
                                        name: "title", label: strings[.assignmentTitle], value: nil, errors: [],
                                        required: true),
                                    FormFields.select(
                                        name: "branchID", label: strings[.branch],
                                        options: [(value: "", label: strings[.noBranch])]
                                            + branches.map {
                                                (
                                                    value: $0.id.uuidString.lowercased(),
                                                    label: $0.name(in: context.language)
                                                )
                                            }, selected: request.staff?.branchID?.uuidString.lowercased(), errors: []),
                                    FormFields.date(
                                        name: "startsOn", label: strings[.startsOn], value: nil, calendar: "hijri",
                                        errors: [], strings: strings),
                                    FormFields.date(
                                        name: "endsOn", label: strings[.endsOn], value: nil, calendar: "hijri",
                                        errors: [], strings: strings),
                                    .div(.class("actions"), .button(.type(.submit), .text(strings[.addAssignment])))),
                            ]))),
                .section(
                    .class("card"),
                    .h2(.text(strings[.hoursTitle])),
                    .p(
                        .text(
                            strings.format(
                                .hoursTotal, ["hours": strings.localizedDigits(Self.hoursText(totalMinutes))]))),
                    .ul(
                        .class("timeline"),
                        .forEach(hours.prefix(30)) { entry in
                            .li(
                                .text(
                                    context.dates.dual(entry.workedOn) + " — "
                                        + strings.localizedDigits(Self.hoursText(entry.minutes)) + " "
                                        + strings[.hoursUnit]
                                        + (entry.assignmentID.flatMap { id in assignments.first { $0.id == id } }.map {
                                            " — " + $0.title
                                        } ?? "")))
                        }),
                    .if(
                        mayManage && volunteer.status == .approved,
                        .element(
                            named: "details",
                            nodes: [
                                .element(named: "summary", nodes: [.text(strings[.logHours])]),
                                .form(
                                    .method(.post), .action(StaffURL.volunteerHours(volunteer.id).path),
                                    Layout.csrfField(context.csrfToken),
                                    Layout.submissionField(context),
                                    FormFields.date(
                                        name: "workedOn", label: strings[.workedOn], value: nil, calendar: "hijri",
                                        errors: [], strings: strings),
                                    FormFields.text(
                                        name: "hours", label: strings[.hoursWorked], value: nil, errors: [],
                                        required: true, hint: strings[.hoursHint], direction: "ltr"),
                                    FormFields.select(
                                        name: "assignmentID", label: strings[.assignmentTitle],
                                        options: [(value: "", label: "—")]
                                            + assignments.map {
                                                (value: $0.id.uuidString.lowercased(), label: $0.title)
                                            }, selected: nil, errors: []),
                                    .div(.class("actions"), .button(.type(.submit), .text(strings[.logHours])))),
                            ]))),
                .section(
                    .class("card"),
                    .h2(.text(strings[.sectionTimeline])),
                    .if(
                        mayManage,
                        ContactPanel.render(
                            action: StaffURL.volunteerContact(volunteer.id).path, context: context, errors: [])),
                    ContactPanel.timeline(
                        contacts.map { ($0, $0.staffID.flatMap { staffNames[$0] } ?? "") }, context: context,
                        mayMarkDone: false))
            ))
        return .html(html)
    }

    func setStatus(_ request: Request) async throws -> Response {
        var volunteer = try await find(request)
        guard let next = (try? request.content.get(String.self, at: "status")).flatMap(VolunteerStatus.init(rawValue:)),
            volunteer.nextStatuses.contains(next)
        else {
            throw Abort(.badRequest)
        }
        let before = volunteer.status
        volunteer.status = next
        let updated = volunteer
        try await request.audited(
            action: .volunteerStatus, recordType: .volunteer, recordID: volunteer.id.uuidString,
            summary: "\(before.rawValue) → \(next.rawValue)"
        ) { db in
            try await VolunteerRepository(database: db).save(updated)
        }
        return request.redirect(to: StaffURL.volunteer(volunteer.id).path + "?saved=1", redirectType: .normal)
    }

    func addAssignment(_ request: Request) async throws -> Response {
        let volunteer = try await find(request)
        let strings = request.strings
        let back = StaffURL.volunteer(volunteer.id).path
        var errors: [FieldError] = []
        let title = ((try? request.content.get(String.self, at: "title")) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        if title.isEmpty || title.count > 150 {
            errors.append(FieldError(field: "title", message: strings[.fieldRequired]))
        }
        let startsOn = FormDay.read(
            try? request.content.get(String.self, at: "startsOn"),
            calendar: try? request.content.get(String.self, at: "startsOnCalendar"), field: "startsOn", required: true,
            strings: strings, errors: &errors)
        let endsOn = FormDay.read(
            try? request.content.get(String.self, at: "endsOn"),
            calendar: try? request.content.get(String.self, at: "endsOnCalendar"), field: "endsOn", required: false,
            strings: strings, errors: &errors)
        if let startsOn, let endsOn, endsOn < startsOn {
            errors.append(FieldError(field: "endsOn", message: strings[.endBeforeStart]))
        }
        guard volunteer.status == .approved else {
            errors.append(FieldError(field: "title", message: strings[.volunteerNotApproved]))
            return try await PartyErrorPage.render(request, errors: errors, back: back)
        }
        guard errors.isEmpty, let startsOn else {
            return try await PartyErrorPage.render(request, errors: errors, back: back)
        }
        let branchID = (try? request.content.get(String.self, at: "branchID")).flatMap(UUID.init(uuidString:))
        let assignment = VolunteerAssignment(
            id: request.manarat.configuration.ids.next(), volunteerID: volunteer.id, title: title, branchID: branchID,
            startsOn: startsOn, endsOn: endsOn)
        try await request.audited(
            action: .volunteerAssignmentAdd, recordType: .volunteer, recordID: volunteer.id.uuidString,
            summary: "assignment from \(startsOn)"
        ) { db in
            try await VolunteerRepository(database: db).addAssignment(assignment)
        }
        return request.redirect(to: back + "?saved=1", redirectType: .normal)
    }

    func addHours(_ request: Request) async throws -> Response {
        let volunteer = try await find(request)
        let strings = request.strings
        let back = StaffURL.volunteer(volunteer.id).path
        var errors: [FieldError] = []
        let today = GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
        let workedOn =
            FormDay.read(
                try? request.content.get(String.self, at: "workedOn"),
                calendar: try? request.content.get(String.self, at: "workedOnCalendar"), field: "workedOn",
                required: false, strings: strings, errors: &errors) ?? today
        if workedOn > today { errors.append(FieldError(field: "workedOn", message: strings[.dateInFuture])) }
        let minutes = Self.minutes(from: (try? request.content.get(String.self, at: "hours")) ?? "")
        if minutes == nil { errors.append(FieldError(field: "hours", message: strings[.hoursInvalid])) }
        let assignmentID = (try? request.content.get(String.self, at: "assignmentID")).flatMap(UUID.init(uuidString:))
        if let assignmentID,
            try await !VolunteerRepository(database: request.db).assignments(of: volunteer.id).contains(where: {
                $0.id == assignmentID
            })
        {
            errors.append(FieldError(field: "assignmentID", message: strings[.fieldRequired]))
        }
        guard volunteer.status == .approved else {
            return try await PartyErrorPage.render(
                request, errors: [FieldError(field: "hours", message: strings[.volunteerNotApproved])], back: back)
        }
        guard errors.isEmpty, let minutes else {
            return try await PartyErrorPage.render(request, errors: errors, back: back)
        }
        let entry = VolunteerHours(
            id: request.manarat.configuration.ids.next(), volunteerID: volunteer.id, assignmentID: assignmentID,
            workedOn: workedOn, minutes: minutes)
        _ = try await request.auditedCreation(
            recordID: entry.id, action: .volunteerHoursAdd, recordType: .volunteer, auditedAs: volunteer.id.uuidString,
            summary: "\(minutes) minutes on \(workedOn)"
        ) { db in
            try await VolunteerRepository(database: db).addHours(entry)
        }
        return request.redirect(to: back + "?saved=1", redirectType: .normal)
    }

    /// Hours typed as "3", "2.5" or "1.25" (Arabic-Indic digits too), kept as whole minutes; 0 < h <= 24.
    static func minutes(from text: String) -> Int? {
        let cleaned = Digits.latinized(text.trimmingCharacters(in: .whitespaces)).replacingOccurrences(
            of: "٫", with: ".")
        guard let hours = Double(cleaned), hours > 0, hours <= 24 else { return nil }
        return Int((hours * 60).rounded())
    }

    static func hoursText(_ minutes: Int) -> String {
        minutes % 60 == 0
            ? String(minutes / 60)
            : String(format: "%.2f", Double(minutes) / 60).replacingOccurrences(of: ".50", with: ".5")
    }

    private func validate(_ form: Form, request: Request, fromPublicForm: Bool) -> (Volunteer?, [FieldError]) {
        let strings = request.strings
        var errors: [FieldError] = []
        let name = (form.fullName ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.count > 150 {
            errors.append(FieldError(field: "fullName", message: strings[.fieldRequired]))
        }
        var phone = ""
        switch SaudiMobile.normalized(form.phone ?? "") {
        case .success(let value): phone = value
        case .failure(.empty): errors.append(FieldError(field: "phone", message: strings[.fieldRequired]))
        case .failure: errors.append(FieldError(field: "phone", message: strings[.phoneInvalid]))
        }
        let email = (form.email ?? "").trimmingCharacters(in: .whitespaces)
        if !email.isEmpty, !EmailAddress.looksValid(email) {
            errors.append(FieldError(field: "email", message: strings[.emailInvalid]))
        }
        let city = (form.city ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if city.isEmpty || city.count > 60 {
            errors.append(FieldError(field: "city", message: strings[.fieldRequired]))
        }
        let skills = (form.skills ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if skills.isEmpty || skills.count > 1000 {
            errors.append(FieldError(field: "skills", message: strings[.fieldRequired]))
        }
        guard errors.isEmpty else { return (nil, errors) }
        let volunteer = Volunteer(
            id: request.manarat.configuration.ids.next(), fullName: name, phone: phone, email: email, city: city,
            skills: skills, availability: String((form.availability ?? "").prefix(500)), status: .applied,
            appliedAt: request.now, fromPublicForm: fromPublicForm)
        return (volunteer, [])
    }

    private func find(_ request: Request) async throws -> Volunteer {
        guard let id = request.parameter(.volunteerID, as: UUID.self),
            let volunteer = try await VolunteerRepository(database: request.db).find(id: id)
        else { throw Abort(.notFound) }
        return volunteer
    }

    private func renderApplication(
        _ request: Request, form: Form, errors: [FieldError], isPublic: Bool, status: HTTPResponseStatus
    ) -> Response {
        let context = PageContext(request: request)
        let strings = context.strings
        let title = isPublic ? strings[.volunteerApplyTitle] : strings[.volunteerNewTitle]
        let html = Layout.render(
            title: title, context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(title)),
                .if(isPublic, .p(.text(strings[.volunteerApplyIntro]))),
                .if(isPublic, .p(.class("muted"), .text(strings[.volunteerPrivacy]))),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(isPublic ? PublicURL.volunteerApply.path : StaffURL.volunteerNew.path),
                    Layout.csrfField(context.csrfToken),
                    Layout.submissionField(context),
                    FormFields.text(
                        name: "fullName", label: strings[.fullName], value: form.fullName, errors: errors,
                        autocomplete: "name", required: true),
                    FormFields.text(
                        name: "phone", label: strings[.phone], value: form.phone, errors: errors, type: .tel,
                        autocomplete: "tel", required: true, hint: strings[.phoneHint], example: "05XXXXXXXX",
                        direction: "ltr"),
                    FormFields.text(
                        name: "email", label: strings[.emailOptional], value: form.email, errors: errors, type: .email,
                        autocomplete: "email", direction: "ltr"),
                    FormFields.text(
                        name: "city", label: strings[.city], value: form.city, errors: errors, required: true),
                    FormFields.textArea(
                        name: "skills", label: strings[.skills], value: form.skills, errors: errors,
                        hint: strings[.skillsHint]),
                    FormFields.textArea(
                        name: "availability", label: strings[.availability], value: form.availability, errors: errors,
                        rows: 2, hint: strings[.availabilityHint]),
                    .div(
                        .class("actions"),
                        .button(.type(.submit), .text(isPublic ? strings[.sendApplication] : strings[.save])))
                )
            ))
        return .html(html, status: status)
    }
}
