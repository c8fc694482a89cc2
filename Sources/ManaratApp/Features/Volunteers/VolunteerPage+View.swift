import ManaratDomain
import Plot

extension VolunteerPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = VolunteerText(strings: strings)
        let volunteer = model.volunteer
        let mayTask = model.mayManage && volunteer.status == .approved
        return Layout.render(
            title: volunteer.fullName, context: context,
            content: .group(
                .h1(.text(volunteer.fullName)),
                .p(
                    .span(.class("badge"), .text(strings.volunteerStatus(volunteer.status))),
                    .if(volunteer.fromPublicForm, .span(.class("badge"), .text(strings[.fromPublicForm])))),
                .if(
                    model.saved,
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.savedNotice]))),
                .if(model.mayManage, statusButtons(volunteer, context: context)),
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
                        .dt(.text(text.appliedOn)), .dd(.text(context.dates.dualWithTime(volunteer.appliedAt))))),
                .section(
                    .class("card"),
                    .h2(.text(text.assignmentsTitle)),
                    .if(model.assignments.isEmpty, .p(.class("muted"), .text(text.noAssignments))),
                    .ul(
                        .class("timeline"),
                        .forEach(model.assignments) { assignment in
                            .li(
                                .strong(.text(assignment.title)), .br(),
                                .span(.class("muted"), .text(when(assignment, model: model, context: context))))
                        }),
                    .if(mayTask, assignmentForm(model, context: context))),
                .section(
                    .class("card"),
                    .h2(.text(text.hoursTitle)),
                    .p(.text(text.hoursTotal(model.totalMinutes))),
                    .ul(
                        .class("timeline"),
                        .forEach(model.hours.prefix(Model.hoursShown)) { entry in
                            .li(.text(line(entry, model: model, context: context)))
                        }),
                    .if(mayTask, hoursForm(model, context: context))),
                .section(
                    .class("card"),
                    .h2(.text(strings[.sectionTimeline])),
                    .if(
                        model.mayManage,
                        ContactPanel.render(
                            action: StaffURL.volunteerContact(volunteer.id).path, context: context, errors: [])),
                    ContactPanel.timeline(model.contacts, context: context, mayMarkDone: false))
            ))
    }

    /// An assignment's days, "first ← last", and its branch.
    private static func when(_ assignment: VolunteerAssignment, model: Model, context: PageContext) -> String {
        var text = context.dates.dual(assignment.startsOn)
        if let last = assignment.endsOn { text += " ← " + context.dates.dual(last) }
        if let branch = model.branches.first(where: { $0.id == assignment.branchID }) {
            text += " — " + branch.name(in: context.language)
        }
        return text
    }

    /// One day's hours: the day, the hours and the assignment they were for.
    private static func line(_ entry: VolunteerHours, model: Model, context: PageContext) -> String {
        let words = VolunteerText(strings: context.strings)
        var line =
            context.dates.dual(entry.workedOn) + " — " + words.hours(entry.minutes) + " " + words.hoursUnit
        if let assignment = model.assignments.first(where: { $0.id == entry.assignmentID }) {
            line += " — " + assignment.title
        }
        return line
    }

    /// A button for each status the application may move to.
    private static func statusButtons(_ volunteer: Volunteer, context: PageContext) -> Node<HTML.BodyContext> {
        .div(
            .class("actions"),
            .forEach(volunteer.nextStatuses) { next in
                .form(
                    .method(.post), .action(StaffURL.volunteerStatus(volunteer.id).path),
                    .class("inline-form"),
                    Layout.csrfField(context.csrfToken),
                    .input(.type(.hidden), .name(VolunteerStatusForm.Field.status.rawValue), .value(next.rawValue)),
                    .button(
                        .type(.submit), .class(next == .approved ? "" : "button-secondary"),
                        .text(context.strings.volunteerAction(next))))
            })
    }

    /// The form that gives the volunteer a task, for the staff member's own branch unless another is chosen.
    private static func assignmentForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        typealias Field = VolunteerAssignmentForm.Field
        let strings = context.strings
        let text = VolunteerText(strings: strings)
        return .element(
            named: "details",
            nodes: [
                .element(named: "summary", nodes: [.text(strings[.addAssignment])]),
                .form(
                    .method(.post), .action(StaffURL.volunteerAssignment(model.volunteer.id).path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: Field.title.rawValue, label: text.assignmentTitle, value: nil, errors: [],
                        required: true),
                    FormFields.select(
                        name: Field.branchID.rawValue, label: strings[.branch],
                        options: [(value: "", label: strings[.noBranch])]
                            + model.branches.map {
                                (value: $0.id.uuidString.lowercased(), label: $0.name(in: context.language))
                            }, selected: context.staff?.branchID?.uuidString.lowercased(), errors: []),
                    FormFields.date(
                        name: Field.startsOn.rawValue, label: strings[.startsOn], value: nil, calendar: "hijri",
                        errors: [], strings: strings),
                    FormFields.date(
                        name: Field.endsOn.rawValue, label: strings[.endsOn], value: nil, calendar: "hijri",
                        errors: [], strings: strings),
                    .div(.class("actions"), .button(.type(.submit), .text(strings[.addAssignment])))),
            ])
    }

    /// The form that logs hours, on one of the volunteer's assignments or none.
    private static func hoursForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        typealias Field = VolunteerHoursForm.Field
        let strings = context.strings
        let text = VolunteerText(strings: strings)
        return .element(
            named: "details",
            nodes: [
                .element(named: "summary", nodes: [.text(text.logHours)]),
                .form(
                    .method(.post), .action(StaffURL.volunteerHours(model.volunteer.id).path),
                    Layout.csrfField(context.csrfToken),
                    Layout.submissionField(context),
                    FormFields.date(
                        name: Field.workedOn.rawValue, label: strings[.workedOn], value: nil, calendar: "hijri",
                        errors: [], strings: strings),
                    FormFields.text(
                        name: Field.hours.rawValue, label: text.hoursWorked, value: nil, errors: [],
                        required: true, hint: text.hoursHint, direction: "ltr"),
                    FormFields.select(
                        name: Field.assignmentID.rawValue, label: text.assignmentTitle,
                        options: [(value: "", label: "—")]
                            + model.assignments.map { (value: $0.id.uuidString.lowercased(), label: $0.title) },
                        selected: nil, errors: []),
                    .div(.class("actions"), .button(.type(.submit), .text(text.logHours)))),
            ])
    }
}
