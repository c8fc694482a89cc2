import ManaratDomain
import Plot

extension MyDataPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = PortalShellText(strings: strings)
        let export = model.export
        let b = export.beneficiary
        let errors =
            model.detailsMissing
            ? [FieldError(field: DataRequestForm.Field.details.rawValue, message: text.dataRequestDetailsRequired)] : []
        return Layout.render(
            title: strings[.portalNavMyData], context: context,
            content: .group(
                .h1(.text(strings[.portalNavMyData])),
                .p(.text(text.portalMyDataIntro)),
                .div(
                    .class("actions"),
                    .a(
                        .class("button button-secondary"), .href(PortalURL.myDataJSON.path),
                        .text(text.portalDownloadJSON)),
                    .a(
                        .class("button button-secondary"), .href(PortalURL.myDataHTML.path),
                        .text(text.portalDownloadHTML))),
                .p(.class("muted"), .text(text.portalPrintHint)),
                .section(
                    .class("card"),
                    .dl(
                        .class("facts"),
                        .dt(.text(strings[.fileNumber])), .dd(.span(.class("ltr"), .text(b.fileNumber))),
                        .dt(.text(strings[.fullName])), .dd(.text(b.name.full)),
                        .dt(.text(strings[.identityNumber])), .dd(.span(.class("ltr"), .text(b.identity.value))),
                        .dt(.text(strings[.bornOn])), .dd(.text(b.bornOn.map(context.dates.dual) ?? "—")),
                        .dt(.text(strings[.phone])),
                        .dd(.forEach(b.phones) { .span(.class("ltr nowrap"), .text(SaudiMobile.display($0) + " ")) }),
                        .dt(.text(strings[.address])),
                        .dd(
                            .text(
                                [b.city, b.district, b.address].filter { !$0.isEmpty }.joined(
                                    separator: strings.listSeparator))),
                        .dt(.text(strings[.incomeSources])),
                        .dd(.text(b.incomeSources.isEmpty ? "—" : b.incomeSources)),
                        .dt(.text(strings[.healthConditions])),
                        .dd(.text(b.healthConditions.isEmpty ? "—" : b.healthConditions)),
                        .dt(.text(strings[.sectionConsent])),
                        .dd(
                            .text(
                                export.consent.map { consent in
                                    consent.withdrawnAt.map {
                                        text.portalConsentWithdrawnOn(
                                            date: context.dates.dual(GregorianDay($0, timeZone: context.timeZone)))
                                    }
                                        ?? strings.format(
                                            .consentRecorded,
                                            [
                                                "version": consent.noticeVersion,
                                                "channel": strings.channel(consent.channel),
                                                "date": context.dates.dualWithTime(consent.givenAt),
                                            ])
                                } ?? "—")))),
                .unwrap(export.household) { household in
                    .section(
                        .class("card"), .h2(.text(strings[.sectionHousehold])),
                        .ul(
                            .forEach(household.members) {
                                .li(.text($0.fullName + " — " + strings.relation($0.relation)))
                            }))
                },
                .section(
                    .class("card"), .h2(.text(text.portalMyRequests)),
                    .ul(
                        .forEach(export.requests) { r in
                            .li(
                                .span(.class("ltr"), .text(r.reference)), .text(" — " + strings.requestStatus(r.status))
                            )
                        })),
                .section(
                    .class("card"), .h2(.text(strings[.documentsTitle])),
                    .ul(
                        .forEach(export.documents) {
                            .li(
                                .text(strings.documentKind($0.kind) + " — "),
                                .element(named: "bdi", text: $0.originalName))
                        })),
                .section(
                    .class("card"), .h2(.text(strings[.sectionTimeline])),
                    .ul(
                        .forEach(export.contacts) {
                            .li(
                                .text(
                                    context.dates.dual(GregorianDay($0.occurredAt, timeZone: context.timeZone)) + " — "
                                        + strings.channel($0.channel) + " — " + $0.summary))
                        })),
                .if(
                    !export.inquiries.isEmpty,
                    .section(
                        .class("card"), .h2(.text(strings[.navInquiries])),
                        .ul(
                            .forEach(export.inquiries) {
                                .li(
                                    .span(.class("ltr"), .text($0.reference)), .text(" — "),
                                    .element(named: "bdi", text: $0.question))
                            }))),
                .if(
                    !export.feedback.isEmpty,
                    .section(
                        .class("card"), .h2(.text(strings[.navFeedback])),
                        .ul(
                            .forEach(export.feedback) {
                                .li(
                                    .span(.class("ltr"), .text($0.reference)), .text(" — "),
                                    .element(named: "bdi", text: $0.text))
                            }))),
                .if(
                    !export.deliveries.isEmpty,
                    .section(
                        .class("card"), .h2(.text(strings[.deliveryTitle])),
                        .ul(
                            .forEach(export.deliveries) { reference, record in
                                .li(
                                    .span(.class("ltr"), .text(reference)),
                                    .text(
                                        " — " + strings.serviceKind(record.kind)
                                            + (record.amount.halalas > 0 ? " — " + strings.money(record.amount) : "")
                                            + " — "
                                            + (record.deliveredAt.map {
                                                context.dates.dual(GregorianDay($0, timeZone: context.timeZone))
                                            } ?? strings[.notDeliveredYet])))
                            }))),
                .if(
                    !export.messages.isEmpty,
                    .section(
                        .class("card"), .h2(.text(strings[.inboxTitle])),
                        .ul(
                            .forEach(export.messages) { message in
                                .li(
                                    .text(
                                        strings.notificationChannel(message.channel) + " — "
                                            + context.dates.dualWithTime(message.createdAt) + " — "),
                                    .element(named: "bdi", text: message.body))
                            }))),
                .section(
                    .class("card"),
                    .h2(.text(text.portalDataRequestsTitle)),
                    .ul(
                        .forEach(export.dataRequests) { request in
                            .li(
                                .text(
                                    strings.dataRequestKind(request.kind) + " — "
                                        + (request.status != .open
                                            ? request.answer
                                            : request.extendedAt != nil
                                                ? text.portalDataRequestExtended(
                                                    date: context.dates.dual(request.dueOn),
                                                    reason: request.extensionReason)
                                                : text.portalDataRequestDue(date: context.dates.dual(request.dueOn)))
                                ))
                        }),
                    FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                    .form(
                        .method(.post), .action(PortalURL.dataRequest.path),
                        Layout.csrfField(context.csrfToken),
                        FormFields.select(
                            name: DataRequestForm.Field.kind.rawValue, label: text.portalDataRequestKind,
                            options: DataRequestKind.allCases.map {
                                (value: $0.rawValue, label: strings.dataRequestKind($0.rawValue))
                            }, selected: nil, errors: errors),
                        FormFields.textArea(
                            name: DataRequestForm.Field.details.rawValue, label: text.portalDataRequestDetails,
                            value: nil, errors: errors,
                            rows: 3),
                        .button(.type(.submit), .class("button-secondary"), .text(text.portalDataRequestSend)))),
                .if(
                    export.consent?.withdrawnAt == nil,
                    .section(
                        .class("card"),
                        .h2(.text(text.portalWithdrawConsentTitle)),
                        .p(.text(text.portalWithdrawConsentExplain)),
                        .form(
                            .method(.post), .action(PortalURL.withdrawConsent.path),
                            Layout.csrfField(context.csrfToken),
                            .button(
                                .type(.submit), .class("button-secondary"), .text(text.portalWithdrawConsentButton)
                            ))))
            ))
    }
}
