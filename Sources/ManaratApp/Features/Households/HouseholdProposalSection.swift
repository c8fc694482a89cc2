import Foundation
import ManaratDomain
import Plot

/// The pending proposals on a beneficiary's file, with the reviewer's buttons.
enum HouseholdProposalSection {
    static func render(_ proposals: [HouseholdProposal], context: PageContext, mayDecide: Bool) -> Node<
        HTML.BodyContext
    > {
        let strings = context.strings
        let text = HouseholdText(strings: strings)
        let pending = proposals.filter { $0.status == .pending }
        return .if(
            !pending.isEmpty,
            .section(
                .class("card alert-info"),
                .h2(.text(text.pendingProposals)),
                .ul(
                    .forEach(pending) { proposal in
                        .li(
                            .strong(
                                .text(
                                    (proposal.kind == "add" ? text.proposeAddition : text.proposeRemoval)
                                        + ": ")),
                            .text(
                                proposal.memberName + " — " + strings.relation(proposal.relation)
                                    + (proposal.bornOn.map { " — " + context.dates.dual($0) } ?? "")),
                            .if(!proposal.note.isEmpty, .p(.text(proposal.note))),
                            .if(
                                mayDecide,
                                .form(
                                    .method(.post), .action(StaffURL.householdProposalDecide(proposal.id).path),
                                    Layout.csrfField(context.csrfToken),
                                    FormFields.text(
                                        name: "decisionNote", label: strings[.decisionNote], value: nil, errors: [],
                                        id: "decisionNote-\(proposal.id.uuidString.lowercased())"),
                                    .button(
                                        .type(.submit), .name("decision"), .value("approve"),
                                        .text(text.approveProposal)),
                                    .text(" "),
                                    .button(
                                        .type(.submit), .class("button-secondary"), .name("decision"), .value("reject"),
                                        .text(text.rejectProposal)))))
                    })))
    }
}
