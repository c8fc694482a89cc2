import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// Beneficiaries' data-subject requests (access, correction, deletion) with their 30-day clock.
struct DataRequestController {
    func list(_ request: Request) async throws -> Response {
        try await renderDataRequests(request, extendErrors: [:], alert: nil, status: .ok)
    }

    private func renderDataRequests(
        _ request: Request, extendErrors: [UUID: [FieldError]], alert: String?, status: HTTPStatus
    ) async throws -> Response {
        let open = try await AccessMiddleware.withinBranch(
            try await PortalRepository(database: request.db).dataRequests(beneficiaryID: nil), request: request
        ) { $0.beneficiaryID }
        let names = try await RequestRepository(database: request.db).applicantNames(Set(open.map(\.beneficiaryID)))
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings[.dataRequestsTitle], context: context,
                content: .group(
                    .h1(.text(strings[.dataRequestsTitle])),
                    .p(.class("muted"), .text(strings[.dataRequestsExplain])),
                    .unwrap(alert) {
                        .div(.class("alert alert-error"), .attribute(named: "role", value: "alert"), .p(.text($0)))
                    },
                    .if(open.isEmpty, .p(.class("card"), .text(strings[.noRecordsYet]))),
                    .forEach(open) { item in
                        let daysLeft = context.today.days(until: item.dueOn)
                        return .section(
                            .class("card"),
                            .h2(
                                .a(
                                    .href(StaffURL.beneficiary(item.beneficiaryID).path),
                                    .text(names[item.beneficiaryID]?.0 ?? "")),
                                .text(" — " + strings.dataRequestKind(item.kind))),
                            .p(.text(item.details)),
                            .p(
                                .strong(.text(strings[.dueOn] + ": ")), .text(context.dates.dual(item.dueOn) + " "),
                                daysLeft < 0
                                    ? .span(
                                        .class("flag"),
                                        .text(strings.format(.overdueDays, ["days": strings.days(-daysLeft)])))
                                    : .span(
                                        .class("badge"),
                                        .text(strings.format(.daysLeft, ["days": strings.days(daysLeft)])))),
                            .form(
                                .method(.post), .action(StaffURL.dataRequestAnswer(item.id).path),
                                Layout.csrfField(context.csrfToken),
                                FormFields.textArea(
                                    name: "answer", label: strings[.dataRequestAnswer], value: nil, errors: [], rows: 3),
                                .button(.type(.submit), .text(strings[.dataRequestAnswerSend]))),
                            item.extendedAt.map { extendedAt in
                                .p(
                                    .class("badge"),
                                    .text(
                                        strings.format(
                                            .dataRequestExtended,
                                            [
                                                "date": context.dates.dual(
                                                    GregorianDay(extendedAt, timeZone: context.timeZone)),
                                                "reason": item.extensionReason,
                                            ])))
                            }
                                ?? .form(
                                    .method(.post), .action(StaffURL.dataRequestExtend(item.id).path),
                                    Layout.csrfField(context.csrfToken),
                                    FormFields.textArea(
                                        name: "reason", label: strings[.dataRequestExtendReason],
                                        value: extendErrors[item.id] == nil ? nil : "",
                                        errors: extendErrors[item.id] ?? [], rows: 2),
                                    .button(.type(.submit), .class("secondary"), .text(strings[.dataRequestExtend]))))
                    }
                )), status: status)
    }

    func answer(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.dataRequestID, as: UUID.self) else { throw Abort(.notFound) }
        let answer = ((try? request.content.get(String.self, at: "answer")) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard !answer.isEmpty else { throw Abort(.badRequest) }
        let now = request.now
        try await request.audited(
            action: .dataRequestAnswer, recordType: .dataRequest, recordID: id.uuidString, summary: "answered"
        ) { db in
            guard
                try await PortalRepository(database: db).answerDataRequest(
                    id: id, answer: String(answer.prefix(4000)), at: now)
            else { throw Abort(.notFound) }
        }
        return request.redirect(to: StaffURL.dataRequests.path, redirectType: .normal)
    }

    /// Extends an open request's 30 days once, by 30 more, for a recorded reason the beneficiary sees.
    func extend(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.dataRequestID, as: UUID.self) else { throw Abort(.notFound) }
        let reason = ((try? request.content.get(String.self, at: "reason")) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard let item = try await PortalRepository(database: request.db).dataRequest(id: id) else {
            throw Abort(.notFound)
        }
        let strings = request.strings
        switch DataSubjectClock.extend(
            dueOn: item.dueOn, isOpen: item.status == .open, alreadyExtended: item.extendedAt != nil, reason: reason)
        {
        case .failure(.reasonMissing):
            return try await renderDataRequests(
                request,
                extendErrors: [
                    id: [
                        FieldError(
                            field: "reason",
                            message: strings.format(.fieldRequiredNamed, ["field": strings[.dataRequestExtendReason]]))
                    ]
                ], alert: nil, status: .unprocessableEntity)
        case .failure(.alreadyExtended), .failure(.answered):
            return try await renderDataRequests(
                request, extendErrors: [:], alert: strings[.dataRequestExtensionRefused], status: .conflict)
        case .success(let newDue):
            let now = request.now
            try await request.audited(
                action: .dataRequestExtend, recordType: .dataRequest, recordID: id.uuidString,
                summary: "due \(item.dueOn) → \(newDue)"
            ) { db in
                guard
                    try await PortalRepository(database: db).extendDataRequest(
                        id: id, to: newDue, reason: String(reason.prefix(1000)), at: now)
                else {
                    throw Abort(.conflict, reason: strings[.dataRequestExtensionRefused])
                }
            }
            return request.redirect(to: StaffURL.dataRequests.path, redirectType: .normal)
        }
    }
}
