import Foundation
import ManaratDomain
import Plot

extension MeetingEditor {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = CommitteeText(strings: strings)
        let form = model.form
        let errors = CommitteeText(strings: strings).errors(model.problems)
        return Layout.render(
            title: text.meetingNewTitle, context: context,
            content: .div(
                .class("card"),
                .h1(.text(text.meetingNewTitle)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.meetingNew.path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.date(
                        name: MeetingForm.Field.heldOn.rawValue, label: text.meetingDate, value: form.heldOn,
                        calendar: form.heldOnCalendar,
                        errors: errors, strings: strings),
                    FormFields.text(
                        name: MeetingForm.Field.location.rawValue, label: text.meetingLocation,
                        value: form.location, errors: errors),
                    FormFields.checkboxes(
                        name: MeetingForm.Field.members.rawValue, legend: text.membersPresent,
                        options: model.committee.map { (value: $0.id.uuidString.lowercased(), label: $0.displayName) },
                        checked: Set(form.members ?? []), errors: errors),
                    FormFields.checkboxes(
                        name: MeetingForm.Field.requests.rawValue, legend: text.agenda,
                        options: model.queue.map {
                            (
                                value: $0.request.id.uuidString.lowercased(),
                                label: $0.request.reference + " — " + $0.beneficiaryName
                                    + dueNote($0.request, context: context)
                            )
                        }, checked: Set(form.requests ?? model.queue.map { $0.request.id.uuidString.lowercased() }),
                        errors: errors),
                    .div(
                        .class("actions"), .button(.type(.submit), .text(strings[.save])),
                        .a(.href(StaffURL.committee.path), .text(strings[.cancel])))
                )
            ))
    }

    /// " — متأخر ٣ أيام" or " — يستحق في …": the agenda is chosen with the due dates in view.
    private static func dueNote(_ request: SupportRequest, context: PageContext) -> String {
        guard let expected = request.expectedResponseOn else { return "" }
        let strings = context.strings
        if expected < context.today {
            return " — " + strings.format(.overdueDays, ["days": strings.days(expected.days(until: context.today))])
        }
        return " — " + strings[.dueOn] + ": " + context.dates.dual(expected)
    }

}
