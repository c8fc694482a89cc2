import ManaratDomain
import Plot

/// Browsing and filtering the audit log.
enum AuditPage {
    struct Row {
        let sequence: Int
        let whenHijri: String
        let whenGregorian: String
        let actor: String
        let role: String?
        let action: String
        let record: String
        let summary: String
        let clientIP: String?
    }

    struct Filters {
        var actor: String
        var action: String
        var recordType: String
        var recordID: String
        var from: String
        var until: String
        var calendar: DateInputCalendar
    }

    struct Model {
        var filters: Filters
        var actors: [(id: String, name: String)]
        var rows: [Row]
        var page: Int
        var previousPath: String?
        var nextPath: String?
        var errors: [FieldError]
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let actorOptions =
            [(value: "", label: strings[.auditAnyActor])] + model.actors.map { (value: $0.id, label: $0.name) }
        let dateExample = strings.localizedDigits(model.filters.calendar == .hijri ? "1/8/1444" : "21/2/2023")
        let calendarOptions = [
            (value: DateInputCalendar.hijri.rawValue, label: strings[.calendarHijri]),
            (value: DateInputCalendar.gregorian.rawValue, label: strings[.calendarGregorian]),
        ]
        return Layout.render(
            title: strings[.auditTitle], context: context,
            content: .group(
                .h1(.text(strings[.auditTitle])),
                .p(.class("muted"), .text(strings[.auditExplain])),
                FormFields.errorSummary(model.errors, title: strings[.formHasErrors]),
                .form(
                    .method(.get), .action(StaffURL.audit.path), .class("card"),
                    .div(
                        .class("filters"),
                        FormFields.select(
                            name: "actor", label: strings[.auditActor], options: actorOptions,
                            selected: model.filters.actor, errors: model.errors),
                        FormFields.text(
                            name: "action", label: strings[.auditAction], value: model.filters.action,
                            errors: model.errors, hint: strings[.auditActionHint], example: "staff.", direction: "ltr"),
                        FormFields.text(
                            name: "recordType", label: strings[.auditRecordType], value: model.filters.recordType,
                            errors: model.errors, direction: "ltr"),
                        FormFields.text(
                            name: "recordID", label: strings[.auditRecordID], value: model.filters.recordID,
                            errors: model.errors, direction: "ltr"),
                        FormFields.select(
                            name: "calendar", label: strings[.dateCalendar], options: calendarOptions,
                            selected: model.filters.calendar.rawValue, errors: model.errors),
                        FormFields.text(
                            name: "from", label: strings[.dateFrom], value: model.filters.from, errors: model.errors,
                            hint: strings[.dateInputHint], example: dateExample),
                        FormFields.text(
                            name: "until", label: strings[.dateUntil], value: model.filters.until, errors: model.errors,
                            hint: strings[.dateInputHint], example: dateExample)
                    ),
                    .div(
                        .class("actions"), .button(.type(.submit), .text(strings[.filter])),
                        .a(.href(StaffURL.audit.path), .text(strings[.clearFilters])))
                ),
                .if(model.rows.isEmpty, .p(.class("card"), .text(strings[.auditEmpty]))),
                .if(
                    !model.rows.isEmpty,
                    DataTable.render(
                        headers: [
                            "#", strings[.auditWhen], strings[.auditActor], strings[.auditAction],
                            strings[.auditRecord], strings[.auditSummary], strings[.auditIP],
                        ],
                        rows: model.rows.map { row in
                            [
                                .text(strings.number(row.sequence)),
                                .group(
                                    .span(.class("nowrap"), .text(row.whenHijri)), .br(),
                                    .span(.class("nowrap muted"), .text(row.whenGregorian))),
                                .group(
                                    .span(.class("ltr"), .text(row.actor)),
                                    .unwrap(row.role) { .span(.class("badge"), .text($0)) }),
                                .span(.class("ltr"), .text(row.action)),
                                .span(.class("ltr break"), .text(row.record)),
                                .element(named: "bdi", text: row.summary),
                                .span(.class("ltr"), .text(row.clientIP ?? "—")),
                            ]
                        }
                    )),
                .div(
                    .class("pager"),
                    .unwrap(model.previousPath) {
                        .a(.href($0), .attribute(named: "rel", value: "prev"), .text(strings[.previousPage]))
                    },
                    .span(.text(strings.format(.pageNumber, ["page": strings.number(model.page)]))),
                    .unwrap(model.nextPath) {
                        .a(.href($0), .attribute(named: "rel", value: "next"), .text(strings[.nextPage]))
                    }
                )
            ))
    }
}
