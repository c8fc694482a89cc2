import Foundation
import ManaratDomain
import Plot

extension InquiryListPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = InquiryText(strings: strings)
        return Layout.render(
            title: text.inquiriesTitle, context: context,
            content: .group(
                .h1(.text(text.inquiriesTitle)),
                .nav(
                    .class("pager tabs"), .attribute(named: "aria-label", value: text.inquiriesTitle),
                    .a(
                        .href(StaffURL.inquiries.path),
                        .if(!model.mine, .attribute(named: "aria-current", value: "page")),
                        .text(text.inquiriesAllOpen)),
                    .a(
                        .href(StaffURL.inquiries.path(query: [("view", "mine")])),
                        .if(model.mine, .attribute(named: "aria-current", value: "page")),
                        .text(text.inquiriesMine))
                ),
                .if(model.rows.isEmpty, .p(.class("card"), .text(strings[.noRecordsYet]))),
                .if(
                    !model.rows.isEmpty,
                    DataTable.render(
                        headers: [
                            strings[.requestReference], strings[.fullName], strings[.inquiryCategory],
                            strings[.assignedTo], strings[.status], text.inquiryAnswerDue,
                        ],
                        rows: model.rows.map { row in
                            let inquiry = row.inquiry
                            return
                                [
                                    .a(
                                        .href(StaffURL.inquiry(inquiry.id).path),
                                        .span(.class("ltr nowrap"), .text(inquiry.reference))),
                                    .text(row.name),
                                    .text(strings.inquiryCategory(inquiry.category)),
                                    .text(row.assignee ?? "—"),
                                    .span(.class("badge"), .text(strings.inquiryStatus(inquiry.status))),
                                    .group(
                                        context.dates.cell(inquiry.answerDueOn),
                                        .if(
                                            inquiry.isOverdue(on: context.today),
                                            .group(
                                                .br(),
                                                .span(
                                                    .class("flag"),
                                                    .text(
                                                        strings.format(
                                                            .overdueDays,
                                                            [
                                                                "days": strings.days(
                                                                    inquiry.answerDueOn.days(until: context.today))
                                                            ])))))),
                                ]
                        }))
            ))
    }
}
