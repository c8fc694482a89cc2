import Foundation
import ManaratDomain
import ManaratPersistence
import Plot

/// The small pieces every request view shows the same way: status and the due date with its flags.
enum RequestBadges {
    static func status(_ status: RequestStatus, strings: Strings) -> Node<HTML.BodyContext> {
        .span(.class("badge status-\(status.rawValue)"), .plain(strings.requestStatus(status)))
    }

    /// The expected response day in both calendars, flagged "overdue for N days", "due soon",
    /// or "waiting on the applicant" (clock stopped).
    static func due(_ request: SupportRequest, context: PageContext) -> Node<HTML.BodyContext> {
        due(
            expected: request.expectedResponseOn, status: request.status,
            decidedOn: request.decision.map { GregorianDay($0.decidedAt, timeZone: context.timeZone) }, context: context
        )
    }

    static func due(expected: GregorianDay?, status: RequestStatus, decidedOn: GregorianDay?, context: PageContext)
        -> Node<HTML.BodyContext>
    {
        let strings = context.strings
        let text = RequestText(strings: strings)
        guard let expected, status.awaitsDecision else {
            return .group(
                context.dates.cell(expected),
                .unwrap(decidedOn) { day in
                    .group(
                        .br(),
                        .span(
                            .class("badge"),
                            .text(RequestText(strings: strings).decidedOn(date: context.dates.dual(day)))))
                }
            )
        }
        let overdue = ResponseClock.overdueDays(expected: expected, today: context.today)
        return .group(
            context.dates.cell(expected),
            .if(status.pausesClock, .group(.br(), .span(.class("badge"), .plain(text.waitingOnApplicant)))),
            .if(
                !status.pausesClock && overdue > 0,
                .group(
                    .br(), .span(.class("flag"), .plain(strings.format(.overdueDays, ["days": strings.days(overdue)]))))
            )
        )
    }
}
