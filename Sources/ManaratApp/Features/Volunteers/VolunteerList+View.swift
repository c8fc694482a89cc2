import ManaratDomain
import Plot

extension VolunteerList {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = VolunteerText(strings: strings)
        let filters: [(String, String)] =
            [("", text.allStatuses)] + VolunteerStatus.allCases.map { ($0.rawValue, strings.volunteerStatus($0)) }
        return Layout.render(
            title: text.volunteersTitle, context: context,
            content: .group(
                .h1(.text(text.volunteersTitle)),
                .nav(
                    .attribute(named: "aria-label", value: strings[.status]), .class("pager"),
                    .forEach(filters) { value, label in
                        .a(
                            .href(
                                value.isEmpty
                                    ? StaffURL.volunteers.path
                                    : StaffURL.volunteers.path(query: [(statusParameter, value)])),
                            .if(
                                (model.status?.rawValue ?? "") == value,
                                .attribute(named: "aria-current", value: "page")),
                            .text(label))
                    }),
                .if(
                    model.mayManage,
                    .div(
                        .class("actions"),
                        .a(.class("button"), .href(StaffURL.volunteerNew.path), .text(text.volunteerNewTitle)))),
                .if(model.volunteers.isEmpty, .p(.class("card"), .text(strings[.noRecordsYet]))),
                .if(
                    !model.volunteers.isEmpty,
                    DataTable.render(
                        headers: [
                            strings[.fullName], strings[.phone], strings[.city], strings[.status], text.appliedOn,
                        ],
                        rows: model.volunteers.map { volunteer in
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
    }
}
