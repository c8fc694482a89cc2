import ManaratDomain
import Plot

extension FeedbackCasePage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        typealias Close = FeedbackCloseForm.Field
        typealias Assign = FeedbackAssignForm.Field
        let strings = context.strings
        let text = FeedbackText(strings: strings)
        let errors = text.errors(model.problems)
        let record = model.item
        let assignee = model.handlers.first { $0.id == record.assignedTo }
        return Layout.render(
            title: record.reference, context: context,
            content: .div(
                .class("card"),
                .h1(.span(.class("ltr"), .text(record.reference)), .text(" — " + strings.feedbackKind(record.kind))),
                .p(
                    .span(.class("badge"), .text(strings.feedbackStatus(record.status))), .text(" "),
                    .if(record.priority == .urgent, .span(.class("flag"), .text(text.priority(.urgent)))),
                    .text(" "),
                    .unwrap(record.category) { .span(.class("badge"), .text(text.category($0))) },
                    .if(
                        record.dueOn < context.today && record.status != .closed,
                        .span(.class("flag"), .text(text.escalated)))),
                .p(
                    .strong(.text(text.feedbackFrom + ": ")),
                    model.complainant.map { .a(.href(StaffURL.beneficiary($0.id).path), .text($0.name)) }
                        ?? .text(
                            record.contactName.isEmpty && record.contactPhone.isEmpty
                                ? strings[.anonymous]
                                : record.contactName + " " + SaudiMobile.display(record.contactPhone))),
                .p(.strong(.text(strings[.dueOn] + ": ")), .text(context.dates.dual(record.dueOn))),
                .p(.text(record.text)),
                .if(
                    !record.appeal.isEmpty,
                    .div(.class("alert alert-info"), .strong(.text(strings[.appealed] + ": ")), .text(record.appeal))
                ),
                .if(
                    !errors.isEmpty,
                    .div(
                        .class("alert alert-error"), .attribute(named: "role", value: "alert"),
                        .ul(.forEach(errors) { .li(.text($0.message)) }))),
                .h2(.text(text.investigationNotes)),
                .if(record.notes.isEmpty, .p(.class("muted"), .text("—"))),
                .forEach(record.notes.components(separatedBy: "\n\n")) { .p(.element(named: "bdi", text: $0)) },
                .if(
                    record.status != .closed,
                    .group(
                        .form(
                            .method(.post), .action(StaffURL.feedbackAssign(record.id).path), .class("card"),
                            Layout.csrfField(context.csrfToken),
                            .h2(.text(text.feedbackTriage)),
                            .div(
                                .class("grid-2"),
                                FormFields.select(
                                    name: Assign.category.rawValue, label: text.feedbackCategoryLabel,
                                    options: FeedbackCategory.allCases.map {
                                        (value: $0.rawValue, label: text.category($0))
                                    }, selected: record.category?.rawValue, errors: []),
                                FormFields.select(
                                    name: Assign.priority.rawValue, label: text.feedbackPriorityLabel,
                                    options: FeedbackPriority.allCases.map {
                                        (value: $0.rawValue, label: text.priority($0))
                                    }, selected: record.priority.rawValue, errors: [])),
                            FormFields.select(
                                name: Assign.staffID.rawValue, label: strings[.assignedTo],
                                options: model.handlers.map {
                                    (value: $0.id.uuidString.lowercased(), label: $0.displayName)
                                }, selected: assignee?.id.uuidString.lowercased(), errors: []),
                            .button(.type(.submit), .class("button-secondary"), .text(strings[.assign]))),
                        .form(
                            .method(.post), .action(StaffURL.feedbackNote(record.id).path), .class("card"),
                            Layout.csrfField(context.csrfToken),
                            FormFields.textArea(
                                name: FeedbackNoteForm.Field.note.rawValue, label: text.addNote, value: nil,
                                errors: [], rows: 2),
                            .button(.type(.submit), .class("button-secondary"), .text(text.addNote))),
                        .form(
                            .method(.post), .action(StaffURL.feedbackClose(record.id).path), .class("card"),
                            Layout.csrfField(context.csrfToken),
                            .h2(.text(text.closeFeedback)),
                            FormFields.textArea(
                                name: Close.response.rawValue, label: text.feedbackResponse, value: nil,
                                errors: errors, rows: 3),
                            FormFields.textArea(
                                name: Close.actionWhat.rawValue, label: text.improvementTaken, value: nil,
                                errors: errors, rows: 2),
                            .div(
                                .class("grid-2"),
                                FormFields.text(
                                    name: Close.actionOwner.rawValue, label: text.improvementOwner, value: nil,
                                    errors: errors),
                                FormFields.date(
                                    name: Close.actionOn.rawValue, label: text.improvementDate, value: nil,
                                    calendar: "hijri", errors: errors, strings: strings)),
                            FormFields.textArea(
                                name: Close.noActionReason.rawValue, label: strings[.noActionReason], value: nil,
                                errors: errors, rows: 2),
                            .button(.type(.submit), .text(text.closeFeedback))))),
                .if(
                    record.status == .closed,
                    .group(
                        .h2(.text(text.feedbackResponse)), .p(.text(record.response)),
                        .unwrap(record.action) { action in
                            .p(
                                .strong(.text(text.improvementTaken + ": ")),
                                .text(action.what + " — " + action.owner + " — " + context.dates.dual(action.on)))
                        },
                        .if(
                            record.action == nil,
                            .p(.strong(.text(strings[.noActionReason] + ": ")), .text(record.noActionReason)))))
            ))
    }
}
