import Foundation
import ManaratDomain
import Plot

extension HolidaysPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = RequestSettingsText(strings: strings)
        let errors = RequestSettingsText(strings: strings).errors(model.problems)
        return Layout.render(
            title: text.holidaysTitle, context: context,
            content: .group(
                .h1(.text(text.holidaysTitle)),
                .p(.class("muted"), .text(text.holidaysExplain)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.holidays.path), .class("card"),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: HolidayForm.Field.name.rawValue, label: text.holidayName, value: nil, errors: errors,
                        required: true),
                    .div(
                        .class("grid-2"),
                        FormFields.date(
                            name: HolidayForm.Field.from.rawValue, label: strings[.dateFrom], value: nil,
                            calendar: "hijri", errors: errors,
                            strings: strings),
                        FormFields.date(
                            name: HolidayForm.Field.until.rawValue, label: strings[.dateUntil], value: nil,
                            calendar: "hijri", errors: errors,
                            strings: strings)),
                    .button(.type(.submit), .text(text.addHoliday))),
                DataTable.render(
                    headers: [text.holidayName, strings[.dateFrom], strings[.actionsColumn]],
                    rows: model.holidays.map { holiday in
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
    }
}
