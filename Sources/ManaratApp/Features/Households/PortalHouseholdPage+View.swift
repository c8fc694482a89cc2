import Foundation
import ManaratDomain
import Plot

extension PortalHouseholdPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        typealias Field = HouseholdMemberForm.Field
        let strings = context.strings
        let text = HouseholdText(strings: strings)
        let errors = HouseholdText(strings: strings).errors(model.problems, portal: true)
        let (household, proposals) = (model.household, model.proposals)
        return Layout.render(
            title: strings[.portalHouseholdTitle], context: context,
            content: .group(
                .h1(.text(strings[.portalHouseholdTitle])),
                .p(.text(text.portalHouseholdIntro)),
                .section(
                    .class("card"),
                    .h2(.text(strings[.sectionHousehold])),
                    .if(household?.members.isEmpty ?? true, .p(.class("muted"), .text(strings[.noHousehold]))),
                    .ul(
                        .forEach(household?.members ?? []) { member in
                            .li(
                                .text(member.fullName + " — " + strings.relation(member.relation) + " "),
                                .form(
                                    .method(.post), .action(PortalURL.household.path), .class("inline-form"),
                                    Layout.csrfField(context.csrfToken),
                                    .input(
                                        .type(.hidden), .name(HouseholdProposalForm.Field.kind.rawValue),
                                        .value("remove")),
                                    .input(
                                        .type(.hidden), .name(HouseholdProposalForm.Field.memberID.rawValue),
                                        .value(member.id.uuidString.lowercased())
                                    ),
                                    .button(.type(.submit), .class("link-button"), .text(text.proposeRemoval)))
                            )
                        })),
                .section(
                    .class("card"),
                    .h2(.text(text.proposeAddition)),
                    FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                    .form(
                        .method(.post), .action(PortalURL.household.path),
                        Layout.csrfField(context.csrfToken),
                        .input(.type(.hidden), .name(HouseholdProposalForm.Field.kind.rawValue), .value("add")),
                        FormFields.text(
                            name: Field.memberName.rawValue, label: strings[.fullName], value: nil, errors: errors,
                            required: true),
                        FormFields.select(
                            name: Field.relation.rawValue, label: strings[.relation],
                            options: Relation.allCases.map { (value: $0.rawValue, label: strings.relation($0)) },
                            selected: nil, errors: errors),
                        FormFields.select(
                            name: Field.memberGender.rawValue, label: strings[.gender],
                            options: Gender.allCases.map { (value: $0.rawValue, label: strings.gender($0)) },
                            selected: nil, errors: errors),
                        FormFields.text(
                            name: Field.memberIdentityNumber.rawValue, label: strings[.identityNumber], value: nil,
                            errors: errors, direction: "ltr"),
                        FormFields.date(
                            name: Field.memberBornOn.rawValue, label: strings[.bornOn], value: nil, calendar: "hijri",
                            errors: errors, strings: strings),
                        FormFields.textArea(
                            name: HouseholdProposalForm.Field.note.rawValue, label: strings[.notes], value: nil,
                            errors: errors, rows: 2),
                        .button(.type(.submit), .text(strings[.send])))),
                .if(
                    !proposals.isEmpty,
                    .section(
                        .class("card"),
                        .h2(.text(text.myProposals)),
                        .ul(
                            .forEach(proposals) { proposal in
                                .li(
                                    .text(
                                        (proposal.kind == "add"
                                            ? text.proposeAddition : text.proposeRemoval) + ": "
                                            + proposal.memberName + " — "
                                            + HouseholdText(strings: strings).status(proposal.status)
                                            + (proposal.decisionNote.isEmpty ? "" : " — " + proposal.decisionNote)))
                            })))
            ))
    }
}
