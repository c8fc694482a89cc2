import Foundation
import ManaratDomain
import Plot

extension MinutesPage {
    /// The page, from the meeting page's model alone.
    static func render(_ view: MeetingPage.Model, context: PageContext) -> String {
        let strings = context.strings
        let text = CommitteeText(strings: strings)
        let meeting = view.meeting
        let names = Dictionary(uniqueKeysWithValues: view.members.map { ($0.id, $0.displayName) })
        return Layout.render(
            title: text.minutesTitle, context: context,
            content: .article(
                .class("minutes"),
                .h1(
                    .text(
                        text.minutesTitle + " — "
                            + text.meetingNumber(meeting.number))),
                .p(.text(strings[.homeTitle])),
                .p(.strong(.text(text.meetingDate + ": ")), .text(context.dates.dual(meeting.heldOn))),
                .if(
                    !meeting.location.isEmpty,
                    .p(.strong(.text(text.meetingLocation + ": ")), .text(meeting.location))),
                .p(
                    .strong(.text(text.membersPresent + ": ")),
                    .text(view.members.map(\.displayName).joined(separator: strings.listSeparator))),
                .p(.text(text.quorumLabel(meeting.quorum))),
                .div(
                    .class("table-wrap minutes-wrap"),
                    .table(
                        .class("minutes-table"),
                        .thead(
                            .tr(
                                .th(.text(strings[.requestReference])), .th(.text(strings[.fullName])),
                                .th(.text(text.votesLabel)), .th(.text(strings[.decisionTitle])))),
                        .tbody(
                            .forEach(view.items) { item in
                                .tr(
                                    .td(.span(.class("ltr"), .text(item.file.request.reference))),
                                    .td(.text(item.file.beneficiary.name.full)),
                                    .td(
                                        .forEach(item.votes) { vote in
                                            .group(
                                                .text(
                                                    (names[vote.staffID] ?? "") + ": " + strings.vote(vote.vote)
                                                        + (vote.comment.isEmpty ? "" : " — " + vote.comment)), .br())
                                        }),
                                    .td(.text(outcomeText(item, meeting: meeting, strings: strings)))
                                )
                            })
                    )),
                .h2(.text(strings[.signatures])),
                .ul(.class("signatures"), .forEach(view.members) { .li(.text($0.displayName + ": ")) })
            ))
    }

    /// Only what this meeting decided: a request deferred here and decided at a later meeting keeps
    /// "deferred" in these minutes, from this meeting's own votes.
    private static func outcomeText(
        _ item: MeetingItem, meeting: CommitteeMeeting, strings: Strings
    ) -> String {
        if let decision = item.file.request.decision, decision.meetingID == meeting.id {
            var parts = [strings.committeeOutcome(decision.outcome)]
            if let service = decision.service { parts.append(strings.serviceKind(service)) }
            if decision.amount.halalas > 0 { parts.append(strings.money(decision.amount)) }
            if !decision.quantity.isEmpty { parts.append(decision.quantity) }
            if !decision.reasons.isEmpty {
                parts.append(decision.reasons.map(strings.rejectionReason).joined(separator: strings.listSeparator))
            }
            if !decision.note.isEmpty { parts.append(decision.note) }
            return parts.joined(separator: " — ")
        }
        if item.votes.isEmpty || item.file.request.status == .atCommittee {
            return CommitteeText(strings: strings).noDecisionYet
        }
        return strings.committeeOutcome(
            Committee.outcome(votes: item.votes.map(\.vote), present: meeting.memberIDs.count, quorum: meeting.quorum))
    }
}
