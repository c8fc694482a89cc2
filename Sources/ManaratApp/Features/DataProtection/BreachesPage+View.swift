import Foundation
import ManaratDomain
import Plot

extension BreachesPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = DataProtectionText(strings: strings)
        let form = model.form
        let errors = text.errors(model.problems.filter { $0 != .alreadyRecorded })
        let alert = model.problems.contains(.alreadyRecorded) ? text.problem(.alreadyRecorded) : nil
        return Layout.render(
            title: strings[.breachesTitle], context: context,
            content: .group(
                .h1(.text(strings[.breachesTitle])),
                .p(.class("muted"), .text(text.breachesExplain)),
                .unwrap(model.recorded) {
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .p(.text(text.breachRecorded(reference: $0))))
                },
                .unwrap(alert) {
                    .div(.class("alert alert-error"), .attribute(named: "role", value: "alert"), .p(.text($0)))
                },
                .forEach(model.breaches) { breach in card(breach, now: model.now, errors: errors, context: context) },
                .h2(.text(text.breachNew)),
                FormFields.errorSummary(
                    errors.filter { !$0.field.hasPrefix("regulatorReference-") }, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.breaches.path), .class("card"),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: BreachForm.Field.title.rawValue, label: text.breachTitle, value: form.title,
                        errors: errors, required: true),
                    FormFields.textArea(
                        name: BreachForm.Field.description.rawValue, label: text.breachDescription,
                        value: form.description,
                        errors: errors, rows: 3),
                    .div(
                        .class("grid-2"),
                        FormFields.date(
                            name: BreachForm.Field.discovered.rawValue, label: text.breachDiscoveredOn,
                            value: form.discovered,
                            calendar: form.discoveredCalendar, errors: errors, strings: strings),
                        FormFields.text(
                            name: BreachForm.Field.discoveredTime.rawValue, label: text.breachDiscoveredTime,
                            value: form.discoveredTime,
                            errors: errors, required: true, example: "14:30", direction: "ltr")),
                    FormFields.textArea(
                        name: BreachForm.Field.recordsAffected.rawValue, label: text.breachRecordsAffected,
                        value: form.recordsAffected,
                        errors: errors, rows: 2),
                    FormFields.text(
                        name: BreachForm.Field.peopleAffected.rawValue, label: text.breachPeopleAffected,
                        value: form.peopleAffected,
                        errors: errors, required: true, direction: "ltr"),
                    FormFields.textArea(
                        name: BreachForm.Field.measures.rawValue, label: text.breachMeasures, value: form.measures,
                        errors: errors, rows: 3
                    ),
                    .button(.type(.submit), .text(text.breachNew)))
            ))
    }

    private static func card(_ breach: BreachRecord, now: Date, errors: [FieldError], context: PageContext) -> Node<
        HTML.BodyContext
    > {
        let strings = context.strings
        let text = DataProtectionText(strings: strings)
        let dates = context.dates
        let state = BreachClock.state(
            discoveredAt: breach.discoveredAt, regulatorNotifiedAt: breach.regulatorNotifiedAt, now: now)
        let stateNode: Node<HTML.BodyContext>
        switch state {
        case .due(let hours):
            stateNode = .span(
                .class("badge"), .text(text.breachHoursLeft(hours: strings.localizedDigits("\(hours)")))
            )
        case .overdue(let hours):
            stateNode = .span(
                .class("flag"), .text(text.breachOverdue(hours: strings.localizedDigits("\(hours)"))))
        case .notified(let at, let late):
            // A sentence with a date and a reference: it wraps, unlike a badge.
            stateNode = .span(
                .class(late > 0 ? "flag" : "note-ok"),
                .text(
                    late > 0
                        ? text.breachNotifiedLate(
                            date: dates.dualWithTime(at), hours: strings.localizedDigits("\(late)"),
                            reference: breach.regulatorReference)
                        : text.breachNotifiedOnTime(date: dates.dualWithTime(at), reference: breach.regulatorReference))
            )
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
                    .element(named: "dt", text: text.breachDiscoveredOn),
                    .element(named: "dd", text: dates.dualWithTime(breach.discoveredAt)),
                    .element(named: "dt", text: text.breachDeadline),
                    .element(
                        named: "dd",
                        text: dates.dualWithTime(BreachClock.regulatorDeadline(discoveredAt: breach.discoveredAt))),
                    .element(named: "dt", text: text.breachDescription),
                    .element(named: "dd", text: breach.description),
                    .element(named: "dt", text: text.breachRecordsAffected),
                    .element(named: "dd", text: breach.recordsAffected),
                    .element(named: "dt", text: text.breachPeopleAffected),
                    .element(named: "dd", text: strings.localizedDigits("\(breach.peopleAffected)")),
                    .element(named: "dt", text: text.breachMeasures), .element(named: "dd", text: breach.measures),
                ]),
            .p(
                .text(
                    breach.subjectsNotifiedAt.map {
                        strings.format(.breachSubjectsNotified, ["date": dates.dualWithTime($0)])
                    } ?? text.breachSubjectsPending)),
            .if(
                breach.regulatorNotifiedAt == nil,
                .form(
                    .method(.post), .action(StaffURL.breachRegulatorNotified(breach.id).path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: "regulatorReference", label: text.breachRegulatorReference, value: nil,
                        errors: errors.filter { $0.field == referenceField }.map {
                            FieldError(field: "regulatorReference", message: $0.message)
                        }, required: true, direction: "ltr", id: referenceField),
                    .button(.type(.submit), .text(text.breachMarkRegulator)))),
            .if(
                breach.subjectsNotifiedAt == nil,
                .form(
                    .method(.post), .action(StaffURL.breachSubjectsNotified(breach.id).path),
                    Layout.csrfField(context.csrfToken),
                    .button(.type(.submit), .class("secondary"), .text(text.breachMarkSubjects))))
        )
    }
}
