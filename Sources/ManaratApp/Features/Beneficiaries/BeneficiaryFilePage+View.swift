import Foundation
import ManaratDomain
import Plot

extension BeneficiaryFilePage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = BeneficiaryText(strings: strings)
        let dates = context.dates
        let b = model.beneficiary
        let expired = IdentityNumber.isExpired(expiresOn: b.identityExpiresOn, on: context.today)
        let latest = model.assessments.first
        return Layout.render(
            title: b.name.full, context: context,
            content: .group(
                .h1(.text(b.name.full)),
                .p(
                    .span(.class("badge ltr"), .text(b.fileNumber)),
                    .forEach(model.categories) { .span(.class("badge"), .text($0.name(in: context.language))) },
                    .unwrap(latest) {
                        .span(
                            .class("badge level-\($0.level.rawValue)"),
                            .text(
                                text.priorityBadge(level: strings.priority($0.level), score: $0.total)))
                    },
                    .if(expired, .span(.class("flag"), .text(text.identityExpired)))
                ),
                .if(
                    model.saved,
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.savedNotice]))),
                .if(
                    model.mayEdit,
                    .div(
                        .class("actions"),
                        .a(.class("button"), .href(StaffURL.beneficiaryEdit(b.id).path), .text(strings[.editData])),
                        .a(
                            .class("button button-secondary"), .href(StaffURL.beneficiaryAssessment(b.id).path),
                            .text(strings[.newAssessment])))),
                .if(!model.duplicates.isEmpty && model.mayEdit, duplicatesSection(model, context: context)),
                .section(
                    .class("card"),
                    .h2(.text(text.sectionIdentity)),
                    .dl(
                        .class("facts"),
                        fact(
                            strings[.identityNumber], .span(.class("ltr"), .text(b.identity.value)),
                            detail: strings.identityType(b.identity.type)),
                        fact(strings[.identityExpiresOn], .text(b.identityExpiresOn.map(dates.dual) ?? "—")),
                        fact(
                            strings[.bornOn],
                            .text(
                                b.bornOn.map {
                                    dates.dual($0) + " — "
                                        + text.ageYears(b.age(on: context.today) ?? 0)
                                } ?? "—")),
                        fact(strings[.gender], .text(strings.gender(b.gender))),
                        fact(strings[.maritalStatus], .text(strings.maritalStatus(b.maritalStatus))),
                        fact(strings[.nationality], .text(b.nationality)),
                        fact(
                            strings[.latinName],
                            .span(
                                .attribute(named: "dir", value: "ltr"), .text(b.latinName.isEmpty ? "—" : b.latinName)))
                    )),
                .section(
                    .class("card"),
                    .h2(.text(text.sectionContact)),
                    .dl(
                        .class("facts"),
                        fact(
                            strings[.phone],
                            .group(
                                .forEach(b.phones) { .span(.class("ltr nowrap"), .text(SaudiMobile.display($0) + " ")) }
                            )),
                        fact(
                            strings[.address],
                            .text(
                                [b.city, b.district, b.address].filter { !$0.isEmpty }.joined(
                                    separator: strings.listSeparator))),
                        fact(
                            strings[.nationalAddressCode],
                            .span(.class("ltr"), .text(b.nationalAddressCode.isEmpty ? "—" : b.nationalAddressCode))),
                        fact(strings[.preferredChannel], .text(strings.channel(b.preferredChannel))),
                        fact(strings[.branch], .text(model.branchName ?? strings[.noBranch])))),
                .section(
                    .class("card"),
                    .h2(.text(text.sectionCircumstances)),
                    .dl(
                        .class("facts"),
                        fact(strings[.incomeSources], .text(b.incomeSources.isEmpty ? "—" : b.incomeSources)),
                        .if(
                            model.mayReadSensitive,
                            fact(
                                strings[.healthConditions], .text(b.healthConditions.isEmpty ? "—" : b.healthConditions)
                            )))),
                .section(
                    .class("card"),
                    .h2(.text(text.requestsOfBeneficiary)),
                    .if(
                        model.mayCreateRequest,
                        .div(
                            .class("actions"),
                            .a(.class("button"), .href(StaffURL.requestNew(b.id).path), .text(text.newRequest)),
                            .a(
                                .class("button button-secondary"), .href(StaffURL.inquiryNew(b.id).path),
                                .text(text.recordInquiry)))),
                    .if(model.requests.isEmpty, .p(.class("muted"), .text(strings[.requestsEmpty]))),
                    .if(
                        !model.requests.isEmpty,
                        DataTable.render(
                            headers: [
                                strings[.requestReference], strings[.requestType], strings[.status],
                                strings[.expectedResponse],
                            ],
                            rows: model.requests.map { row in
                                [
                                    .a(
                                        .href(StaffURL.request(row.request.id).path),
                                        .span(.class("ltr nowrap"), .text(row.request.reference))),
                                    .text(model.requestTypeNames[row.request.typeID] ?? ""),
                                    RequestBadges.status(row.request.status, strings: strings),
                                    RequestBadges.due(row.request, context: context),
                                ]
                            }))),
                HouseholdProposalSection.render(model.proposals, context: context, mayDecide: model.mayEdit),
                householdSection(model, context: context),
                assessmentSection(model, context: context),
                contactsSection(model, context: context),
                historySection(model, context: context),
                .section(
                    .class("card"),
                    .h2(.text(strings[.sectionConsent])),
                    .unwrap(model.consent) { consent in
                        .p(
                            .text(
                                strings.format(
                                    .consentRecorded,
                                    [
                                        "version": consent.noticeVersion, "channel": strings.channel(consent.channel),
                                        "date": dates.dualWithTime(consent.givenAt),
                                    ])))
                    })
            ))
    }

    private static func fact(_ term: String, _ value: Node<HTML.BodyContext>, detail: String? = nil) -> Node<
        HTML.DescriptionListContext
    > {
        .group(.dt(.text(term)), .dd(value, .unwrap(detail) { .span(.class("muted"), .text(" (" + $0 + ")")) }))
    }

    private static func duplicatesSection(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let strings = context.strings
        let text = BeneficiaryText(strings: strings)
        let id = model.beneficiary.id
        return .section(
            .class("card alert-info"),
            .h2(.text(text.possibleDuplicatesTitle)),
            .ul(
                .forEach(model.duplicates) { item in
                    .li(
                        .a(.href(StaffURL.beneficiary(item.summary.id).path), .text(item.summary.fullName)),
                        .text(
                            " — " + text.duplicateScore(item.match.score) + " "),
                        .form(
                            .method(.post), .action(StaffURL.beneficiaryDuplicate(id).path), .class("inline-form"),
                            Layout.csrfField(context.csrfToken),
                            .input(.type(.hidden), .name("otherID"), .value(item.summary.id.uuidString.lowercased())),
                            .button(
                                .type(.submit), .class("link-button"), .name("decision"), .value("linked"),
                                .text(text.samePersonButton)),
                            .button(
                                .type(.submit), .class("link-button"), .name("decision"), .value("notDuplicate"),
                                .text(text.notDuplicateButton)))
                    )
                }))
    }

    private static func householdSection(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let strings = context.strings
        let text = BeneficiaryText(strings: strings)
        let dates = context.dates
        let id = model.beneficiary.id
        let household = model.household
        return .section(
            .class("card"),
            .h2(.text(strings[.sectionHousehold])),
            .unwrap(model.memberOfHouseholdHeadedBy) { head in
                .p(
                    .text(strings[.memberOfAnotherHousehold] + " "),
                    .a(.href(StaffURL.beneficiary(head).path), .text(strings[.openHeadFile])))
            },
            .unwrap(household) { household in
                .group(
                    .dl(
                        .class("facts"),
                        fact(strings[.monthlyIncome], .text(strings.money(household.monthlyIncome))),
                        fact(strings[.monthlyRent], .text(strings.money(household.monthlyRent))),
                        fact(strings[.debts], .text(strings.money(household.debts))),
                        fact(strings[.housingType], .text(strings.housing(household.housing))),
                        fact(strings[.householdSize], .text(strings.number(household.members.count + 1)))),
                    .if(
                        !household.members.isEmpty,
                        DataTable.render(
                            headers: [
                                strings[.fullName], strings[.relation], strings[.identityNumber], strings[.bornOn],
                            ] + (model.mayReadSensitive ? [strings[.healthConditions], strings[.parentageNote]] : [])
                                + (model.mayEdit ? [strings[.actionsColumn]] : []),
                            rows: household.members.map { member in
                                var cells: [Node<HTML.BodyContext>] = [
                                    .group(
                                        .text(member.fullName),
                                        .unwrap(member.beneficiaryID) {
                                            .group(
                                                .text(" "),
                                                .a(.href(StaffURL.beneficiary($0).path), .text(strings[.openFile])))
                                        }),
                                    .text(strings.relation(member.relation)),
                                    .span(.class("ltr"), .text(member.identity?.value ?? "—")),
                                    dates.cell(member.bornOn),
                                ]
                                if model.mayReadSensitive {
                                    cells.append(.text(member.healthConditions.isEmpty ? "—" : member.healthConditions))
                                    cells.append(.text(member.parentageNote.isEmpty ? "—" : member.parentageNote))
                                }
                                if model.mayEdit {
                                    cells.append(
                                        .form(
                                            .method(.post),
                                            .action(StaffURL.beneficiaryMemberRemove(id, member.id).path),
                                            .class("inline-form"),
                                            Layout.csrfField(context.csrfToken),
                                            .button(
                                                .type(.submit), .class("link-button"), .text(strings[.removeMember]))))
                                }
                                return cells
                            }
                        ))
                )
            },
            .if(
                household == nil && model.memberOfHouseholdHeadedBy == nil,
                .p(.class("muted"), .text(strings[.noHousehold]))),
            .if(
                model.mayEdit && model.memberOfHouseholdHeadedBy == nil,
                .group(
                    .element(
                        named: "details",
                        nodes: [
                            .element(named: "summary", nodes: [.text(text.editHouseholdFinances)]),
                            .form(
                                .method(.post), .action(StaffURL.beneficiaryHousehold(id).path),
                                Layout.csrfField(context.csrfToken),
                                .div(
                                    .class("grid-2"),
                                    FormFields.text(
                                        name: "monthlyIncome", label: strings[.monthlyIncome],
                                        value: household?.monthlyIncome.plain, errors: [],
                                        hint: strings[.amountHint], direction: "ltr"),
                                    FormFields.text(
                                        name: "monthlyRent", label: strings[.monthlyRent],
                                        value: household?.monthlyRent.plain, errors: [], direction: "ltr"),
                                    FormFields.text(
                                        name: "debts", label: strings[.debts], value: household?.debts.plain,
                                        errors: [], direction: "ltr"),
                                    FormFields.select(
                                        name: "housing", label: strings[.housingType],
                                        options: HousingType.allCases.map {
                                            (value: $0.rawValue, label: strings.housing($0))
                                        }, selected: household?.housing.rawValue, errors: [])),
                                .div(.class("actions"), .button(.type(.submit), .text(strings[.save])))),
                        ]),
                    .element(
                        named: "details",
                        nodes: [
                            .element(named: "summary", nodes: [.text(strings[.addMember])]),
                            .form(
                                .method(.post), .action(StaffURL.beneficiaryMemberNew(id).path),
                                Layout.csrfField(context.csrfToken),
                                Layout.submissionField(context),
                                .div(
                                    .class("grid-2"),
                                    FormFields.text(
                                        name: "memberName", label: strings[.fullName], value: nil, errors: [],
                                        required: true),
                                    FormFields.select(
                                        name: "relation", label: strings[.relation],
                                        options: Relation.allCases.map {
                                            (value: $0.rawValue, label: strings.relation($0))
                                        }, selected: nil, errors: []),
                                    FormFields.select(
                                        name: "memberGender", label: strings[.gender],
                                        options: Gender.allCases.map {
                                            (value: $0.rawValue, label: strings.gender($0))
                                        }, selected: nil, errors: []),
                                    FormFields.select(
                                        name: "memberIdentityType", label: strings[.identityType],
                                        options: [(value: "", label: text.noIdentity)]
                                            + IdentityType.allCases.map {
                                                (value: $0.rawValue, label: strings.identityType($0))
                                            }, selected: "", errors: []),
                                    FormFields.text(
                                        name: "memberIdentityNumber", label: strings[.identityNumber], value: nil,
                                        errors: [], direction: "ltr"),
                                    FormFields.date(
                                        name: "memberBornOn", label: strings[.bornOn], value: nil, calendar: "hijri",
                                        errors: [], strings: strings)),
                                .if(
                                    model.mayReadSensitive,
                                    .group(
                                        FormFields.textArea(
                                            name: "memberHealth", label: strings[.healthConditions], value: nil,
                                            errors: [], rows: 2, hint: text.sensitiveHint),
                                        FormFields.textArea(
                                            name: "parentageNote", label: strings[.parentageNote], value: nil,
                                            errors: [], rows: 2, hint: text.sensitiveHint))),
                                .div(.class("actions"), .button(.type(.submit), .text(strings[.addMember])))),
                        ])
                ))
        )
    }

    private static func assessmentSection(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let strings = context.strings
        let text = BeneficiaryText(strings: strings)
        return .section(
            .class("card"),
            .h2(.text(text.sectionAssessment)),
            .if(model.assessments.isEmpty, .p(.class("muted"), .text(text.noAssessment))),
            .ul(
                .class("timeline"),
                .forEach(model.assessments) { assessment in
                    .li(
                        .strong(
                            .text(
                                text.priorityBadge(
                                    level: strings.priority(assessment.level), score: assessment.total))),
                        .br(),
                        .span(
                            .class("muted"),
                            .text(context.dates.dualWithTime(assessment.assessedAt) + " — " + assessment.assessedByName)
                        ))
                }))
    }

    private static func historySection(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let strings = context.strings
        let text = BeneficiaryText(strings: strings)
        func title(_ item: HistoryItem) -> String {
            switch item.kind {
            case .contact(let channel, let direction):
                return strings.channel(channel) + " — " + strings.direction(direction)
            case .requestStep(let reference, let status): return reference + " — " + strings.requestStatus(status)
            case .delivery(let reference, let service, let amount):
                return reference + " — " + strings.serviceKind(service)
                    + (amount.halalas > 0 ? " — " + strings.money(amount) : "")
            case .message(let channel, let event, let status):
                return strings.notificationChannel(channel) + " — " + strings.notificationEvent(event) + " — "
                    + strings.outboxStatus(status)
            }
        }
        return .section(
            .class("card"),
            .h2(.text(text.sectionHistory)),
            .if(model.history.isEmpty, .p(.class("muted"), .text(strings[.noRecordsYet]))),
            .ul(
                .class("timeline"),
                .forEach(model.history) { item in
                    .li(
                        .if(
                            item.link != nil, .a(.href(item.link ?? ""), .strong(.text(title(item)))),
                            else: .strong(.text(title(item)))),
                        .br(),
                        .span(.class("muted"), .text(context.dates.dualWithTime(item.at))),
                        .if(!item.detail.isEmpty, .p(.element(named: "bdi", text: item.detail)))
                    )
                }))
    }

    private static func contactsSection(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let strings = context.strings
        let text = BeneficiaryText(strings: strings)
        return .section(
            .class("card"),
            .h2(.text(strings[.sectionTimeline])),
            .if(
                model.mayRecordContacts,
                ContactPanel.render(
                    action: StaffURL.beneficiaryContact(model.beneficiary.id).path, context: context,
                    errors: [], researchers: model.researchers, branches: model.branches)),
            .if(model.contacts.isEmpty, .p(.class("muted"), .text(text.noContacts))),
            ContactPanel.timeline(model.contacts, context: context, mayMarkDone: model.mayRecordContacts))
    }
}
