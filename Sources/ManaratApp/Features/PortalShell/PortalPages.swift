import Foundation
import ManaratDomain
import ManaratPersistence
import Plot

/// The portal's pages: one task per page, large targets, plain Arabic, no script.
enum PortalPages {
    static func home(
        beneficiary: Beneficiary, requests: [RequestSummary], types: [UUID: RequestType], missing: [UUID: Int],
        messages: [OutboxEntry], unread: Int = 0, inquiries: [Inquiry] = [], feedback: [FeedbackRecord] = [],
        context: PageContext
    ) -> String {
        let strings = context.strings
        return Layout.render(
            title: strings[.portalHomeTitle], context: context,
            content: .group(
                .h1(.text(strings.format(.portalGreeting, ["name": beneficiary.name.first]))),
                .ul(
                    .class("tiles"),
                    .li(
                        .a(
                            .href(PortalURL.apply.path), .strong(.text(strings[.portalNavApply])),
                            .span(.class("muted"), .text(strings[.portalApplyDetail])))),
                    .li(
                        .a(
                            .href(PortalURL.ask.path), .strong(.text(strings[.portalAskTitle])),
                            .span(.class("muted"), .text(strings[.portalAskDetail])))),
                    .li(
                        .a(
                            .href(PublicURL.feedback.path), .strong(.text(strings[.feedbackFormTitle])),
                            .span(.class("muted"), .text(strings[.portalFeedbackDetail])))),
                    .li(
                        .a(
                            .href(PortalURL.household.path), .strong(.text(strings[.portalHouseholdTitle])),
                            .span(.class("muted"), .text(strings[.portalHouseholdDetail])))),
                    .li(
                        .a(
                            .href(PortalURL.profile.path), .strong(.text(strings[.portalNavProfile])),
                            .span(.class("muted"), .text(strings[.portalProfileDetail])))),
                    .li(
                        .a(
                            .href(PortalURL.myData.path), .strong(.text(strings[.portalNavMyData])),
                            .span(.class("muted"), .text(strings[.portalMyDataDetail]))))),
                .h2(.text(strings[.portalMyRequests])),
                .if(requests.isEmpty, .p(.class("card"), .text(strings[.portalNoRequests]))),
                .forEach(requests) { row in
                    .section(
                        .class("card"),
                        .h3(
                            .a(
                                .href(PortalURL.request(row.request.id).path),
                                .text(types[row.request.typeID]?.name(in: context.language) ?? "")), .text(" "),
                            .span(.class("ltr muted"), .text(row.request.reference))),
                        .p(RequestBadges.status(row.request.status, strings: strings)),
                        .if(
                            row.request.expectedResponseOn != nil && row.request.status.awaitsDecision,
                            .p(
                                .strong(.text(strings[.expectedResponse] + ": ")),
                                RequestBadges.due(row.request, context: context))),
                        .unwrap(missing[row.request.id].flatMap { $0 > 0 ? $0 : nil }) { count in
                            .p(
                                .class("flag"),
                                .text(strings.format(.portalMissingCount, ["count": strings.number(count)])))
                        })
                },
                .if(
                    !inquiries.isEmpty,
                    .section(
                        .class("card"),
                        .h2(.text(strings[.portalMyInquiries])),
                        .ul(
                            .forEach(inquiries) { inquiry in
                                .li(
                                    .a(
                                        .href(PortalURL.inquiry(inquiry.id).path),
                                        .span(.class("ltr"), .text(inquiry.reference))),
                                    .text(" — " + strings.inquiryStatus(inquiry.status)))
                            }))),
                .if(
                    !feedback.isEmpty,
                    .section(
                        .class("card"),
                        .h2(.text(strings[.navFeedback])),
                        .ul(
                            .forEach(feedback) { item in
                                .li(
                                    .a(
                                        .href(PortalURL.feedbackItem(item.id).path),
                                        .span(.class("ltr"), .text(item.reference))),
                                    .text(
                                        " — " + strings.feedbackKind(item.kind) + " — "
                                            + strings.feedbackStatus(item.status)))
                            }))),
                .section(
                    .class("card"),
                    .h2(.text(strings[.portalMessages])),
                    .if(
                        unread > 0,
                        .p(
                            .span(
                                .class("badge"), .text(strings.format(.inboxUnread, ["count": strings.number(unread)])))
                        )),
                    .if(messages.isEmpty, .p(.class("muted"), .text(strings[.inboxEmpty]))),
                    .ul(
                        .forEach(messages) { message in
                            .li(
                                .element(named: "bdi", nodes: [MessageText.render(message.body)]), .br(),
                                .span(.class("muted"), .text(context.dates.dualWithTime(message.createdAt))))
                        }),
                    .p(
                        .a(.href(PortalURL.inbox.path), .text(strings[.inboxTitle])), .text(" · "),
                        .a(.href(PortalURL.notificationSettings.path), .text(strings[.notificationSettingsTitle]))))
            ))
    }

    static func profile(form: PortalController.ProfileForm, errors: [FieldError], saved: Bool, context: PageContext)
        -> String
    {
        let strings = context.strings
        return Layout.render(
            title: strings[.portalNavProfile], context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(strings[.portalNavProfile])),
                .if(
                    saved,
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.savedNotice]))),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(PortalURL.profile.path),
                    Layout.csrfField(context.csrfToken),
                    .unwrap(form.version) { .input(.type(.hidden), .name("version"), .value(String($0))) },
                    FormFields.text(
                        name: "phone", label: strings[.phone], value: form.phone, errors: errors, type: .tel,
                        autocomplete: "tel", required: true, direction: "ltr"),
                    FormFields.text(
                        name: "phoneOther", label: strings[.phoneOther], value: form.phoneOther, errors: errors,
                        type: .tel, direction: "ltr"),
                    FormFields.text(
                        name: "city", label: strings[.city], value: form.city, errors: errors, required: true),
                    FormFields.text(name: "district", label: strings[.district], value: form.district, errors: errors),
                    FormFields.text(name: "address", label: strings[.address], value: form.address, errors: errors),
                    FormFields.select(
                        name: "preferredChannel", label: strings[.preferredChannel],
                        options: [ContactChannel.phone, .website, .socialMedia, .interview].map {
                            (value: $0.rawValue, label: strings.channel($0))
                        }, selected: form.preferredChannel, errors: errors),
                    FormFields.select(
                        name: "preferredLanguage", label: strings[.preferredLanguage],
                        options: [(value: "ar", label: "العربية"), (value: "en", label: "English")],
                        selected: form.preferredLanguage, errors: errors),
                    .div(.class("actions"), .button(.type(.submit), .text(strings[.save]))))
            ))
    }

    static func myData(_ export: PortalDataExport, errors: [FieldError], context: PageContext) -> String {
        let strings = context.strings
        let b = export.beneficiary
        return Layout.render(
            title: strings[.portalNavMyData], context: context,
            content: .group(
                .h1(.text(strings[.portalNavMyData])),
                .p(.text(strings[.portalMyDataIntro])),
                .div(
                    .class("actions"),
                    .a(
                        .class("button button-secondary"), .href(PortalURL.myDataJSON.path),
                        .text(strings[.portalDownloadJSON])),
                    .a(
                        .class("button button-secondary"), .href(PortalURL.myDataHTML.path),
                        .text(strings[.portalDownloadHTML]))),
                .p(.class("muted"), .text(strings[.portalPrintHint])),
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
                                        strings.format(
                                            .portalConsentWithdrawnOn,
                                            ["date": context.dates.dual(GregorianDay($0, timeZone: context.timeZone))])
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
                    .class("card"), .h2(.text(strings[.portalMyRequests])),
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
                    .h2(.text(strings[.portalDataRequestsTitle])),
                    .ul(
                        .forEach(export.dataRequests) { request in
                            .li(
                                .text(
                                    strings.dataRequestKind(request.kind) + " — "
                                        + (request.status != .open
                                            ? request.answer
                                            : request.extendedAt != nil
                                                ? strings.format(
                                                    .portalDataRequestExtended,
                                                    [
                                                        "date": context.dates.dual(request.dueOn),
                                                        "reason": request.extensionReason,
                                                    ])
                                                : strings.format(
                                                    .portalDataRequestDue, ["date": context.dates.dual(request.dueOn)]))
                                ))
                        }),
                    FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                    .form(
                        .method(.post), .action(PortalURL.dataRequest.path),
                        Layout.csrfField(context.csrfToken),
                        FormFields.select(
                            name: "kind", label: strings[.portalDataRequestKind],
                            options: ["access", "correction", "deletion"].map {
                                (value: $0, label: strings.dataRequestKind($0))
                            }, selected: nil, errors: errors),
                        FormFields.textArea(
                            name: "details", label: strings[.portalDataRequestDetails], value: nil, errors: errors,
                            rows: 3),
                        .button(.type(.submit), .class("button-secondary"), .text(strings[.portalDataRequestSend])))),
                .if(
                    export.consent?.withdrawnAt == nil,
                    .section(
                        .class("card"),
                        .h2(.text(strings[.portalWithdrawConsentTitle])),
                        .p(.text(strings[.portalWithdrawConsentExplain])),
                        .form(
                            .method(.post), .action(PortalURL.withdrawConsent.path),
                            Layout.csrfField(context.csrfToken),
                            .button(
                                .type(.submit), .class("button-secondary"), .text(strings[.portalWithdrawConsentButton])
                            ))))
            ))
    }
}
