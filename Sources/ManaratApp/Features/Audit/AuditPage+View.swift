import ManaratDomain
import Plot

extension AuditPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = AuditText(strings: strings)
        let errors = model.problems.map { FieldError(field: $0.field.rawValue, message: text.problem($0)) }
        let filters = model.filters
        let actorOptions =
            [(value: "", label: text.auditAnyActor)]
            + model.actors.map { (value: $0.id.uuidString.lowercased(), label: $0.name) }
        let dateExample = strings.localizedDigits(filters.dateCalendar == .hijri ? "1/8/1444" : "21/2/2023")
        let calendarOptions = [
            (value: DateInputCalendar.hijri.rawValue, label: strings[.calendarHijri]),
            (value: DateInputCalendar.gregorian.rawValue, label: strings[.calendarGregorian]),
        ]
        typealias Field = AuditFilterForm.Field
        return Layout.render(
            title: text.auditTitle, context: context,
            content: .group(
                .h1(.text(text.auditTitle)),
                .p(.class("muted"), .text(text.auditExplain)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.get), .action(StaffURL.audit.path), .class("card"),
                    .div(
                        .class("filters"),
                        FormFields.select(
                            name: Field.actor.rawValue, label: text.auditActor, options: actorOptions,
                            selected: filters.actor ?? "", errors: errors),
                        FormFields.text(
                            name: Field.action.rawValue, label: strings[.auditAction], value: filters.action ?? "",
                            errors: errors, hint: text.auditActionHint, example: "staff.", direction: "ltr"),
                        FormFields.text(
                            name: Field.recordType.rawValue, label: text.auditRecordType,
                            value: filters.recordType ?? "", errors: errors, direction: "ltr"),
                        FormFields.text(
                            name: Field.recordID.rawValue, label: text.auditRecordID, value: filters.recordID ?? "",
                            errors: errors, direction: "ltr"),
                        FormFields.select(
                            name: Field.calendar.rawValue, label: strings[.dateCalendar], options: calendarOptions,
                            selected: filters.dateCalendar.rawValue, errors: errors),
                        FormFields.text(
                            name: Field.from.rawValue, label: strings[.dateFrom], value: filters.from ?? "",
                            errors: errors, hint: strings[.dateInputHint], example: dateExample),
                        FormFields.text(
                            name: Field.until.rawValue, label: strings[.dateUntil], value: filters.until ?? "",
                            errors: errors, hint: strings[.dateInputHint], example: dateExample)
                    ),
                    .div(
                        .class("actions"), .button(.type(.submit), .text(strings[.filter])),
                        .a(.href(StaffURL.audit.path), .text(text.clearFilters)))
                ),
                .if(model.entries.isEmpty, .p(.class("card"), .text(text.auditEmpty))),
                .if(!model.entries.isEmpty, table(model.entries, context: context)),
                .div(
                    .class("pager"),
                    .if(
                        model.page > 1,
                        .a(
                            .href(StaffURL.audit.path(query: filters.query(page: model.page - 1))),
                            .attribute(named: "rel", value: "prev"), .text(strings[.previousPage]))),
                    .span(.text(strings.format(.pageNumber, ["page": strings.number(model.page)]))),
                    .if(
                        model.hasMore,
                        .a(
                            .href(StaffURL.audit.path(query: filters.query(page: model.page + 1))),
                            .attribute(named: "rel", value: "next"), .text(strings[.nextPage])))
                )
            ))
    }

    private static func table(_ entries: [AuditRecord], context: PageContext) -> Node<HTML.BodyContext> {
        let strings = context.strings
        let text = AuditText(strings: strings)
        return DataTable.render(
            headers: [
                "#", strings[.auditWhen], text.auditActor, strings[.auditAction], text.auditRecord,
                strings[.auditSummary], text.auditIP,
            ],
            rows: entries.map { entry in
                [
                    .text(strings.number(entry.sequence)),
                    .group(
                        .span(
                            .class("nowrap"),
                            .text(context.dates.hijri(GregorianDay(entry.occurredAt, timeZone: context.timeZone)))),
                        .br(),
                        .span(.class("nowrap muted"), .text(context.dates.gregorianWithTime(entry.occurredAt)))),
                    .group(
                        .span(.class("ltr"), .text(entry.actorName)),
                        .unwrap(entry.actingRole.flatMap(Role.init(rawValue:))) {
                            .span(.class("badge"), .text(strings.role($0)))
                        }),
                    .span(.class("ltr"), .text(entry.action)),
                    .span(.class("ltr break"), .text(entry.recordType + (entry.recordID.map { " " + $0 } ?? ""))),
                    .element(named: "bdi", text: entry.summary),
                    .span(.class("ltr"), .text(entry.clientIP ?? "—")),
                ]
            })
    }
}
