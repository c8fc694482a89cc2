import Foundation
import ManaratDomain
import Plot

extension PortalRequestPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let (file, problems, clock, justSubmitted) = (model.file, model.missing, model.clock, model.justSubmitted)
        let (events, deliveries, rating) = (model.events, model.deliveries, model.rating)
        let strings = context.strings
        let text = RequestText(strings: strings)
        let errors = RequestText(strings: strings).errors(model.problems, portal: true)
        let r = file.request
        let type = file.type
        let uploadKinds = Array(Set(type.requiredDocuments.map(\.kind) + [.other])).sorted { $0.rawValue < $1.rawValue }
        let delivered = deliveries.contains { $0.deliveredAt != nil }
        return Layout.render(
            title: type.name(in: context.language), context: context,
            content: .group(
                .h1(.text(type.name(in: context.language))),
                .p(
                    .span(.class("badge ltr"), .text(r.reference)), .text(" "),
                    RequestBadges.status(r.status, strings: strings)),
                .if(
                    !errors.isEmpty,
                    .div(
                        .class("alert alert-error"), .attribute(named: "role", value: "alert"),
                        .ul(.forEach(errors) { .li(.text($0.message)) }))),
                .if(
                    justSubmitted,
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .p(.strong(.text(text.portalSubmittedTitle))),
                        .p(
                            .text(text.portalSubmittedReference + " "),
                            .element(
                                named: "bdi", nodes: [.attribute(named: "dir", value: "ltr"), .text(r.reference)]),
                            .text(text.portalSubmittedKeep)))),
                .if(
                    r.expectedResponseOn != nil && r.status.awaitsDecision,
                    .div(
                        .class("alert alert-info"), .attribute(named: "role", value: "status"),
                        .p(
                            .strong(.text(strings[.expectedResponse] + ": ")),
                            .text(
                                (clock?.expectedIfAnsweredToday ?? r.expectedResponseOn).map(context.dates.dual) ?? "")),
                        .if(r.status.pausesClock, .p(.text(text.portalClockPaused))),
                        .unwrap(clock) {
                            .p(
                                .text(
                                    text.clockPausedSince(
                                        since: context.dates.dual($0.since),
                                        date: context.dates.dual($0.expectedIfAnsweredToday))))
                        })),
                .if(
                    !problems.isEmpty && [.draft, .incomplete].contains(r.status),
                    .section(
                        .class("card"),
                        .h2(.text(text.whatIsMissing)),
                        .ul(
                            .forEach(problems) {
                                .li(.text(strings.intakeProblem($0, type: type, language: context.language)))
                            }))),
                .if(
                    [.draft, .incomplete].contains(r.status),
                    .section(
                        .class("card"),
                        .h2(.text(text.uploadDocument)),
                        .form(
                            .method(.post), .action(PortalURL.requestDocuments(r.id).path), .enctype(.multipartData),
                            Layout.csrfField(context.csrfToken),
                            FormFields.select(
                                name: "kind", label: strings[.documentKind],
                                options: uploadKinds.map { (value: $0.rawValue, label: strings.documentKind($0)) },
                                selected: nil, errors: errors),
                            .div(
                                .class(errors.contains { $0.field == "file" } ? "field field-invalid" : "field"),
                                .label(.for("file"), .text(text.documentFile)),
                                .p(.class("hint"), .id("file-hint"), .text(text.uploadHint)),
                                // The refusal (wrong type by content, too large) is announced with the field.
                                .unwrap(errors.first { $0.field == "file" }) {
                                    .p(.class("error"), .id("file-error"), .text($0.message))
                                },
                                .input(
                                    .type(.file), .id("file"), .name("file"),
                                    .attribute(named: "accept", value: "application/pdf,image/jpeg,image/png"),
                                    .attribute(
                                        named: "aria-describedby",
                                        value: errors.contains { $0.field == "file" }
                                            ? "file-hint file-error" : "file-hint"))),
                            FormFields.date(
                                name: "expiresOn", label: text.expiryDate, value: nil, calendar: "hijri",
                                errors: errors, strings: strings),
                            FormFields.text(
                                name: "identityNumber", label: text.identityOnDocument, value: nil, errors: errors,
                                hint: text.portalIdentityOnDocumentHint, direction: "ltr"),
                            .div(.class("actions"), .button(.type(.submit), .text(text.uploadDocument)))))),
                .if(
                    !file.documents.isEmpty,
                    .section(
                        .class("card"),
                        .h2(.text(strings[.documentsTitle])),
                        .ul(
                            .forEach(file.documents) { document in
                                .li(
                                    .text(strings.documentKind(document.kind) + " — "),
                                    .element(named: "bdi", text: document.originalName))
                            }))),
                .if(
                    r.status == .draft,
                    .p(.a(.href(PortalURL.requestEdit(r.id).path), .text(text.portalEditDraft)))),
                .if(
                    r.status == .draft,
                    .section(
                        .class("card"),
                        .h2(.text(text.attestationTitle)),
                        .blockquote(.text(text.attestationText)),
                        .if(
                            r.attestation == nil,
                            .form(
                                .method(.post), .action(PortalURL.requestAttest(r.id).path),
                                Layout.csrfField(context.csrfToken),
                                .unwrap(errors.first { $0.field == "confirmed" }) {
                                    .p(.class("error"), .id("confirmed-error"), .text($0.message))
                                },
                                FormFields.checkbox(
                                    name: "confirmed", label: text.portalAttestCheckbox, checked: false),
                                .button(.type(.submit), .class("button-secondary"), .text(text.recordAttestation)))
                        ),
                        .if(
                            r.attestation != nil,
                            .form(
                                .method(.post), .action(PortalURL.requestSubmit(r.id).path),
                                Layout.csrfField(context.csrfToken),
                                .input(.type(.hidden), .name("version"), .value(String(r.version))),
                                .p(.text(text.portalSubmitExplain)),
                                .button(.type(.submit), .text(text.submitRequest)))))),
                .unwrap(r.decision) { decision in
                    .section(
                        .class("card"),
                        .h2(.text(strings[.decisionTitle])),
                        .p(.strong(.text(strings.committeeOutcome(decision.outcome)))),
                        .if(
                            !decision.reasons.isEmpty,
                            .ul(.forEach(decision.reasons) { .li(.text(strings.rejectionReason($0))) })),
                        .if(!decision.note.isEmpty, .p(.text(decision.note))))
                },
                .if(
                    delivered || r.status == .completed,
                    .section(
                        .class("card"),
                        .h2(.text(text.portalRateTitle)),
                        .unwrap(rating) { rating in
                            .p(.text(strings.format(.portalRatedAs, ["score": strings.number(rating.score)])))
                        },
                        .if(
                            rating == nil,
                            .form(
                                .method(.post), .action(PortalURL.requestRate(r.id).path),
                                Layout.csrfField(context.csrfToken),
                                .p(.class("muted"), .text(strings[.portalRateExplain])),
                                .fieldset(
                                    .class("field"), .element(named: "legend", text: text.portalRateQuestion),
                                    .forEach(1...5) { score in
                                        .div(
                                            .class("check"),
                                            .input(
                                                .type(.radio), .id("score-\(score)"), .name("score"),
                                                .value(String(score))),
                                            .label(
                                                .for("score-\(score)"),
                                                .text(
                                                    strings.localizedDigits(String(score)) + " — "
                                                        + strings.ratingLabel(score))))
                                    }),
                                FormFields.textArea(
                                    name: "comment", label: strings[.portalRateComment], value: nil, errors: [], rows: 3
                                ),
                                .button(.type(.submit), .text(strings[.portalRateSend])))))),
                .section(
                    .class("card"),
                    .h2(.text(text.requestHistory)),
                    .ol(
                        .class("timeline"),
                        .forEach(events) { event in
                            .li(
                                .strong(.text(strings.requestEvent(event.event))),
                                .unwrap(event.event == .recorded(.visitScheduled) ? GregorianDay(iso: event.note) : nil)
                                { day in
                                    .group(.br(), .text(text.visitOn(date: context.dates.dual(day))))
                                },
                                .br(), .span(.class("muted"), .text(context.dates.dualWithTime(event.occurredAt))))
                        }))
            ))
    }
}
