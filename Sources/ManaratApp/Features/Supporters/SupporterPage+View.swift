import ManaratDomain
import Plot

extension SupporterPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        typealias Field = SupportEntryForm.Field
        let strings = context.strings
        let text = SupporterText(strings: strings)
        let supporter = model.supporter
        return Layout.render(
            title: supporter.name, context: context,
            content: .group(
                .h1(.text(supporter.name)),
                .if(
                    model.saved,
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.savedNotice]))),
                .if(
                    model.mayManage,
                    .div(
                        .class("actions"),
                        .a(
                            .class("button"), .href(StaffURL.supporterEdit(supporter.id).path),
                            .text(strings[.editData])))),
                .section(
                    .class("card"),
                    .dl(
                        .class("facts"),
                        .dt(.text(text.supporterKind)), .dd(.text(strings.supporterKind(supporter.kind))),
                        .dt(.text(strings[.contactPerson])),
                        .dd(.text(supporter.contactPerson.isEmpty ? "—" : supporter.contactPerson)),
                        .dt(.text(strings[.phone])),
                        .dd(.span(.class("ltr"), .text(supporter.phone.map(SaudiMobile.display) ?? "—"))),
                        .dt(.text(strings[.email])),
                        .dd(.span(.class("ltr"), .text(supporter.email.isEmpty ? "—" : supporter.email))),
                        .dt(.text(strings[.city])), .dd(.text(supporter.city)),
                        .dt(.text(strings[.allowedChannels])),
                        .dd(
                            .text(
                                supporter.allowedChannels.isEmpty
                                    ? "—"
                                    : ContactChannel.allCases.filter(supporter.allowedChannels.contains).map(
                                        strings.channel
                                    ).joined(separator: strings.listSeparator))),
                        .dt(.text(strings[.wantsNews])), .dd(.text(supporter.wantsNews ? strings[.yes] : strings[.no])),
                        .dt(.text(strings[.notes])), .dd(.text(supporter.notes.isEmpty ? "—" : supporter.notes)))),
                .section(
                    .class("card"),
                    .h2(.text(text.supportEntriesTitle)),
                    .p(.text(text.supportTotals(cash: model.cashTotal, inKind: model.inKindTotal))),
                    .if(
                        !model.entries.isEmpty,
                        DataTable.render(
                            headers: [
                                strings[.receivedOn], text.supportKind, strings[.amount], strings[.items],
                                strings[.designation],
                            ],
                            rows: model.entries.map { entry in
                                [
                                    .text(context.dates.dual(entry.receivedOn)), .text(strings.supportKind(entry.kind)),
                                    .span(.class("nowrap"), .text(strings.money(entry.amount))),
                                    .text(entry.items.isEmpty ? "—" : entry.items),
                                    .text(entry.designation.isEmpty ? "—" : entry.designation),
                                ]
                            })),
                    .if(
                        model.mayManage,
                        .element(
                            named: "details",
                            nodes: [
                                .element(named: "summary", nodes: [.text(text.addSupportEntry)]),
                                .form(
                                    .method(.post), .action(StaffURL.supporterEntry(supporter.id).path),
                                    Layout.csrfField(context.csrfToken),
                                    Layout.submissionField(context),
                                    .div(
                                        .class("grid-2"),
                                        FormFields.select(
                                            name: Field.kind.rawValue, label: text.supportKind,
                                            options: SupportKind.allCases.map {
                                                (value: $0.rawValue, label: strings.supportKind($0))
                                            }, selected: nil, errors: []),
                                        FormFields.text(
                                            name: Field.amount.rawValue, label: strings[.amount], value: nil,
                                            errors: [], hint: strings[.amountHint], direction: "ltr"),
                                        FormFields.text(
                                            name: Field.items.rawValue, label: strings[.items], value: nil, errors: []),
                                        FormFields.text(
                                            name: Field.designation.rawValue, label: strings[.designation], value: nil,
                                            errors: []),
                                        FormFields.date(
                                            name: Field.receivedOn.rawValue, label: strings[.receivedOn], value: nil,
                                            calendar: "hijri", errors: [], strings: strings)),
                                    .div(.class("actions"), .button(.type(.submit), .text(text.addSupportEntry)))),
                            ]))),
                .section(
                    .class("card"),
                    .h2(.text(strings[.sectionTimeline])),
                    .if(
                        model.mayManage,
                        ContactPanel.render(
                            action: StaffURL.supporterContact(supporter.id).path, context: context, errors: [])),
                    ContactPanel.timeline(model.contacts, context: context, mayMarkDone: false))
            ))
    }
}
