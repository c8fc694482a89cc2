import Foundation
import ManaratDomain
import ManaratPersistence
import Plot

/// Staff lists of requests: open ones by due day, overdue, due in three working days, mine, for delivery, all.
enum RequestListPage {
    struct Model {
        var view: String
        /// The words searched for; empty when the list is not a search.
        var query: String
        var rows: [RequestSummary]
        var typeNames: [UUID: String]
        var page: Int
        var previousPath: String?
        var nextPath: String?
    }

    static let views: [(String, Key)] = [("open", .requestsOpen), ("overdue", .requestsOverdue), ("due-soon", .requestsDueSoon), ("mine", .requestsMine), ("delivery", .requestsDelivery), ("all", .requestsAll)]

    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        return Layout.render(title: strings[.requestsTitle], context: context, content: .group(
            .h1(.text(strings[.requestsTitle])),
            .nav(.class("pager tabs"), .attribute(named: "aria-label", value: strings[.requestsTitle]), .forEach(views) { value, key in
                .a(.href(StaffURL.requests.path(query: [("view", value)] + (model.query.isEmpty ? [] : [("q", model.query)]))), .if(model.view == value, .attribute(named: "aria-current", value: "page")), .text(strings[key]))
            }),
            searchForm(model, strings: strings),
            .if(model.rows.isEmpty, .p(.class("card"), .text(model.query.isEmpty ? strings[.requestsEmpty] : strings[.searchNoResults]))),
            .if(!model.rows.isEmpty, DataTable.render(
                headers: [strings[.requestReference], strings[.fullName], strings[.requestType], strings[.status], strings[.expectedResponse]],
                rows: model.rows.map { row in [
                    .a(.href(StaffURL.request(row.request.id).path), .span(.class("ltr nowrap"), .plain(row.request.reference))),
                    .plain(row.beneficiaryName),
                    .plain(model.typeNames[row.request.typeID] ?? ""),
                    RequestBadges.status(row.request.status, strings: strings),
                    RequestBadges.due(row.request, context: context),
                ] }
            )),
            .div(
                .class("pager"),
                .unwrap(model.previousPath) { .a(.href($0), .attribute(named: "rel", value: "prev"), .text(strings[.previousPage])) },
                .span(.text(strings.format(.pageNumber, ["page": strings.number(model.page)]))),
                .unwrap(model.nextPath) { .a(.href($0), .attribute(named: "rel", value: "next"), .text(strings[.nextPage])) }
            )
        ))
    }
}

extension RequestListPage {
    /// Searching keeps the tab: the words are looked for among the requests the tab lists.
    static func searchForm(_ model: Model, strings: Strings) -> Node<HTML.BodyContext> {
        .form(
            .method(.get), .action(StaffURL.requests.path), .class("card search-form"), .attribute(named: "role", value: "search"),
            .input(.type(.hidden), .name("view"), .value(AttributeText.escaped(model.view))),
            FormFields.text(name: "q", label: strings[.searchLabel], value: model.query, errors: [], type: .search, hint: strings[.requestSearchHint]),
            .button(.type(.submit), .text(strings[.searchButton]))
        )
    }
}

/// The small pieces every request view shows the same way: status and the due date with its flags.
enum RequestBadges {
    static func status(_ status: RequestStatus, strings: Strings) -> Node<HTML.BodyContext> {
        .span(.class("badge status-\(status.rawValue)"), .plain(strings.requestStatus(status)))
    }

    /// The expected response day in both calendars, flagged "overdue for N days", "due soon",
    /// or "waiting on the applicant" (clock stopped).
    static func due(_ request: SupportRequest, context: PageContext) -> Node<HTML.BodyContext> {
        let strings = context.strings
        guard let expected = request.expectedResponseOn, request.status.awaitsDecision else {
            return .group(
                context.dates.cell(request.expectedResponseOn),
                .unwrap(request.decision) { decision in
                    .group(.br(), .span(.class("badge"), .text(strings.format(.decidedOn, ["date": context.dates.dual(GregorianDay(decision.decidedAt, timeZone: context.timeZone))]))))
                }
            )
        }
        let overdue = ResponseClock.overdueDays(expected: expected, today: context.today)
        return .group(
            context.dates.cell(expected),
            .if(request.status.pausesClock, .group(.br(), .span(.class("badge"), .plain(strings[.waitingOnApplicant])))),
            .if(!request.status.pausesClock && overdue > 0, .group(.br(), .span(.class("flag"), .plain(strings.format(.overdueDays, ["days": strings.days(overdue)])))))
        )
    }
}
