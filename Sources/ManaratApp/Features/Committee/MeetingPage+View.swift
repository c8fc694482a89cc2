import Foundation
import ManaratDomain
import Plot

extension MeetingPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = CommitteeText(strings: strings)
        let view = model
        let (staffID, isMember) = (model.staffID, model.isMember)
        let errors = CommitteeText(strings: strings).errors(model.problems)
        let meeting = view.meeting
        let names = Dictionary(uniqueKeysWithValues: view.members.map { ($0.id, $0.displayName) })
        return Layout.render(
            title: text.meetingNumber(meeting.number), context: context,
            content: .group(
                .h1(.text(text.meetingNumber(meeting.number))),
                .p(
                    .text(
                        context.dates.dual(meeting.heldOn) + (meeting.location.isEmpty ? "" : " — " + meeting.location))
                ),
                .p(
                    .strong(.text(text.membersPresent + ": ")),
                    .text(view.members.map(\.displayName).joined(separator: strings.listSeparator)),
                    .text(" — " + text.quorumLabel(meeting.quorum))),
                .div(
                    .class("actions"),
                    .a(
                        .class("button button-secondary"), .href(StaffURL.meetingMinutes(meeting.id).path),
                        .text(text.printMinutes))),
                .if(
                    !errors.isEmpty,
                    .div(
                        .class("alert alert-error"), .attribute(named: "role", value: "alert"),
                        .ul(.forEach(errors) { .li(.text($0.message)) }))),
                .forEach(view.items) { item in
                    let r = item.file.request
                    let outcome = Committee.outcome(
                        votes: item.votes.map(\.vote), present: meeting.memberIDs.count, quorum: meeting.quorum)
                    let mine = item.votes.first { $0.staffID == staffID }
                    return .section(
                        .class("card"),
                        .h2(
                            .a(.href(StaffURL.request(r.id).path), .span(.class("ltr"), .text(r.reference))),
                            .text(" — " + item.file.beneficiary.name.full)),
                        .p(
                            RequestBadges.status(r.status, strings: strings),
                            .text(
                                " " + item.file.type.name(in: context.language) + " — "
                                    + strings.money(r.amountRequested)), .text(" "),
                            RequestBadges.due(r, context: context)),
                        .unwrap(item.file.reports.first) { report in
                            .p(
                                .strong(.text(strings[.recommendation] + ": ")),
                                .text(
                                    report.recommendsApproval ? strings[.recommendApprove] : strings[.recommendReject]),
                                .text(" — " + report.researcherName))
                        },
                        .ul(
                            .forEach(item.votes) { vote in
                                .li(
                                    .text((names[vote.staffID] ?? "") + ": " + strings.vote(vote.vote)),
                                    .if(!vote.comment.isEmpty, .text(" — " + vote.comment)))
                            }),
                        .if(
                            r.status == .atCommittee && isMember,
                            .form(
                                .method(.post), .action(StaffURL.meetingVote(meeting.id).path), .class("card"),
                                Layout.csrfField(context.csrfToken),
                                .input(
                                    .type(.hidden), .name(VoteForm.Field.requestID.rawValue),
                                    .value(r.id.uuidString.lowercased())),
                                FormFields.select(
                                    name: VoteForm.Field.vote.rawValue, label: text.yourVote,
                                    options: Vote.allCases.map { (value: $0.rawValue, label: strings.vote($0)) },
                                    selected: mine?.vote.rawValue, errors: []),
                                FormFields.text(
                                    name: VoteForm.Field.comment.rawValue, label: text.voteComment,
                                    value: mine?.comment, errors: []),
                                .button(.type(.submit), .class("button-secondary"), .text(text.castVote)))),
                        .if(
                            r.status == .atCommittee && isMember && !item.votes.isEmpty,
                            .form(
                                .method(.post), .action(StaffURL.meetingDecide(meeting.id).path), .class("card"),
                                Layout.csrfField(context.csrfToken),
                                .input(
                                    .type(.hidden), .name(VoteForm.Field.requestID.rawValue),
                                    .value(r.id.uuidString.lowercased())),
                                .p(.strong(.text(text.tallyOutcome + ": " + strings.committeeOutcome(outcome)))),
                                .if(
                                    outcome == .approved,
                                    .div(
                                        .class("grid-2"),
                                        FormFields.select(
                                            name: DecisionForm.Field.service.rawValue,
                                            label: strings[.serviceKindLabel],
                                            options: item.file.type.serviceKinds.map {
                                                (value: $0.rawValue, label: strings.serviceKind($0))
                                            }, selected: item.file.reports.first?.recommendedService?.rawValue,
                                            errors: errors),
                                        FormFields.text(
                                            name: DecisionForm.Field.amount.rawValue, label: strings[.amount],
                                            value: item.file.reports.first.map { $0.recommendedAmount.plain }
                                                ?? r.amountRequested.plain, errors: errors, direction: "ltr"),
                                        FormFields.text(
                                            name: DecisionForm.Field.quantity.rawValue, label: strings[.quantity],
                                            value: nil, errors: errors))),
                                .if(
                                    outcome == .rejected,
                                    FormFields.checkboxes(
                                        name: DecisionForm.Field.reasons.rawValue, legend: text.rejectionReasons,
                                        options: RejectionReason.allCases.map {
                                            (value: $0.rawValue, label: strings.rejectionReason($0))
                                        }, checked: [], errors: errors)),
                                FormFields.textArea(
                                    name: DecisionForm.Field.note.rawValue, label: strings[.decisionNote], value: nil,
                                    errors: errors, rows: 2),
                                .button(.type(.submit), .text(text.recordDecision)))),
                        .unwrap(r.decision) { decision in
                            .p(
                                .strong(
                                    .text(strings[.decisionTitle] + ": " + strings.committeeOutcome(decision.outcome))),
                                .if(!decision.note.isEmpty, .text(" — " + decision.note)))
                        })
                }
            ))
    }
}
