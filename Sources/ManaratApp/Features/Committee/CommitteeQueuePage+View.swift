import Foundation
import ManaratDomain
import Plot

extension CommitteeQueuePage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = CommitteeText(strings: strings)
        return Layout.render(
            title: text.committeeTitle, context: context,
            content: .group(
                .h1(.text(text.committeeTitle)),
                .h2(.text(text.committeeQueue)),
                .if(model.queue.isEmpty, .p(.class("card"), .text(strings[.requestsEmpty]))),
                .if(
                    !model.queue.isEmpty,
                    DataTable.render(
                        headers: [
                            strings[.requestReference], strings[.fullName], strings[.requestType],
                            strings[.expectedResponse],
                        ],
                        rows: model.queue.map { row in
                            [
                                .a(
                                    .href(StaffURL.request(row.request.id).path),
                                    .span(.class("ltr nowrap"), .text(row.request.reference))),
                                .text(row.beneficiaryName), .text(model.typeNames[row.request.typeID] ?? ""),
                                RequestBadges.due(row.request, context: context),
                            ]
                        })),
                .if(
                    model.mayOrganize,
                    .div(
                        .class("actions"),
                        .a(.class("button"), .href(StaffURL.meetingNew.path), .text(text.meetingNewTitle)))),
                .h2(.text(text.meetingsTitle)),
                .ul(
                    .class("timeline"),
                    .forEach(model.meetings) { meeting in
                        .li(
                            .a(
                                .href(StaffURL.meeting(meeting.id).path),
                                .text(
                                    text.meetingNumber(meeting.number) + " — "
                                        + context.dates.dual(meeting.heldOn))))
                    })
            ))
    }
}
