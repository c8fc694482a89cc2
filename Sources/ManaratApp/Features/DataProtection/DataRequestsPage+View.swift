import Foundation
import ManaratDomain
import Plot

extension DataRequestsPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = DataProtectionText(strings: strings)
        let alert = model.problems.contains(.extensionRefused) ? text.problem(.extensionRefused) : nil
        return Layout.render(
            title: strings[.dataRequestsTitle], context: context,
            content: .group(
                .h1(.text(strings[.dataRequestsTitle])),
                .p(.class("muted"), .text(text.dataRequestsExplain)),
                .unwrap(alert) {
                    .div(.class("alert alert-error"), .attribute(named: "role", value: "alert"), .p(.text($0)))
                },
                .if(model.requests.isEmpty, .p(.class("card"), .text(strings[.noRecordsYet]))),
                .forEach(model.requests) { line in
                    let item = line.request
                    let daysLeft = context.today.days(until: item.dueOn)
                    return .section(
                        .class("card"),
                        .h2(
                            .a(
                                .href(StaffURL.beneficiary(item.beneficiaryID).path),
                                .text(line.name)),
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
                                    .text(text.daysLeft(days: strings.days(daysLeft))))),
                        .form(
                            .method(.post), .action(StaffURL.dataRequestAnswer(item.id).path),
                            Layout.csrfField(context.csrfToken),
                            FormFields.textArea(
                                name: "answer", label: strings[.dataRequestAnswer], value: nil, errors: [], rows: 3),
                            .button(.type(.submit), .text(text.dataRequestAnswerSend))),
                        item.extendedAt.map { extendedAt in
                            .p(
                                .class("badge"),
                                .text(
                                    text.dataRequestExtended(
                                        date: context.dates.dual(
                                            GregorianDay(extendedAt, timeZone: context.timeZone)),
                                        reason: item.extensionReason)))
                        }
                            ?? .form(
                                .method(.post), .action(StaffURL.dataRequestExtend(item.id).path),
                                Layout.csrfField(context.csrfToken),
                                FormFields.textArea(
                                    name: "reason", label: text.dataRequestExtendReason,
                                    value: nil,
                                    errors: text.errors(
                                        model.problems.filter { $0 == .extensionReasonMissing(requestID: item.id) }),
                                    rows: 2),
                                .button(.type(.submit), .class("secondary"), .text(strings[.dataRequestExtend]))))
                }
            ))
    }
}
