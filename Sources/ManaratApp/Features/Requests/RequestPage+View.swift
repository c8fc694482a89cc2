import Foundation
import ManaratDomain
import Plot

extension RequestPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = RequestText(strings: strings)
        let errors = RequestText(strings: strings).errors(model.problems)
        let dates = context.dates
        let r = model.file.request
        let type = model.file.type
        let roles = model.staffRoles
        let may = { (set: Set<Role>) in !roles.isDisjoint(with: set) }
        let isOpen = !r.status.isFinal
        return Layout.render(
            title: r.reference, context: context,
            content: .group(
                .h1(.span(.class("ltr"), .text(r.reference)), .text(" — " + type.name(in: context.language))),
                .p(
                    RequestBadges.status(r.status, strings: strings), .text(" "),
                    .a(.href(StaffURL.beneficiary(r.beneficiaryID).path), .text(model.file.beneficiary.name.full))),
                .if(
                    model.saved,
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.savedNotice]))),
                .if(
                    !errors.isEmpty,
                    .div(
                        .class("alert alert-error"), .attribute(named: "role", value: "alert"),
                        .ul(.forEach(errors) { .li(.text($0.message)) }))),
                .section(
                    .class("card"),
                    .dl(
                        .class("facts"),
                        .dt(.text(text.requestChannel)), .dd(.text(strings.channel(r.channel))),
                        .dt(.text(strings[.branch])), .dd(.text(model.branchName ?? strings[.noBranch])),
                        .dt(.text(strings[.submittedOn])),
                        .dd(.text(r.submittedOn.map(dates.dual) ?? text.notSubmittedYet)),
                        .dt(.text(strings[.expectedResponse])),
                        .dd(
                            RequestBadges.due(r, context: context),
                            .unwrap(model.clock) {
                                .p(
                                    .class("hint"),
                                    .text(
                                        text.clockPausedSince(
                                            since: dates.dual($0.since), date: dates.dual($0.expectedIfAnsweredToday)
                                        )))
                            }),
                        .dt(.text(strings[.amountRequested])), .dd(.text(strings.money(r.amountRequested))),
                        .dt(.text(text.requestDetails)), .dd(.text(r.details)),
                        .forEach(type.requiredFields) { field in
                            .group(
                                .dt(.text(field.label(in: context.language))),
                                .dd(.text(r.fieldValues[field.key].flatMap { $0.isEmpty ? nil : $0 } ?? "—")))
                        })),
                .if(
                    !model.missing.isEmpty && [.draft, .submitted, .incomplete, .registered].contains(r.status),
                    .section(
                        .class("card alert-info"),
                        .h2(.text(text.whatIsMissing)),
                        .ul(
                            .forEach(model.missing) {
                                .li(.text(strings.intakeProblem($0, type: type, language: context.language)))
                            }))),
                documentsSection(model, context: context, mayUpload: isOpen && may(RequestRoutes.uploaders)),
                attestationSection(model, context: context, mayAttest: isOpen && may(RequestRoutes.intake)),
                actionsSection(model, context: context),
                researchSection(model, context: context),
                decisionSection(model, context: context),
                DeliverySection.render(model, context: context),
                .section(
                    .class("card"),
                    .h2(.text(text.requestHistory)),
                    .ol(
                        .class("timeline"),
                        .forEach(model.events) { event in
                            .li(
                                .strong(
                                    .text(
                                        strings.requestEvent(event.event) + " — "
                                            + strings.requestStatus(event.toStatus))), .br(),
                                .span(
                                    .class("muted"),
                                    .text(dates.dualWithTime(event.occurredAt) + " — " + event.actorName)),
                                .if(
                                    !event.note.isEmpty,
                                    .p(.element(named: "bdi", text: strings.historyNote(event.note)))))
                        }))
            ))
    }

    private static func documentsSection(_ model: Model, context: PageContext, mayUpload: Bool) -> Node<
        HTML.BodyContext
    > {
        let strings = context.strings
        let text = RequestText(strings: strings)
        let errors = RequestText(strings: strings).errors(model.problems)
        let r = model.file.request
        let submission = r.submittedOn ?? context.today
        let kinds = Array(
            Set(
                model.file.type.requiredDocuments.map(\.kind) + [.other]
                    + (model.staffRoles.contains(.researcher) ? [.researchPhoto] : []))
        ).sorted { $0.rawValue < $1.rawValue }
        return .section(
            .class("card"),
            .h2(.text(strings[.documentsTitle])),
            .if(model.file.documents.isEmpty, .p(.class("muted"), .text(text.noDocuments))),
            .if(
                !model.file.documents.isEmpty,
                DataTable.render(
                    headers: [
                        strings[.documentKind], text.documentFile, text.issuedOn, text.expiryDate,
                        strings[.actionsColumn],
                    ],
                    rows: model.file.documents.map { document in
                        [
                            .text(strings.documentKind(document.kind)),
                            .group(
                                .element(named: "bdi", text: document.originalName), .br(),
                                .span(
                                    .class("muted"),
                                    .text(
                                        document.format.rawValue.uppercased() + " — "
                                            + strings.localizedDigits(String(max(1, document.size / 1024))) + " "
                                            + text.kilobytes))),
                            context.dates.cell(document.issuedOn),
                            .group(
                                context.dates.cell(document.expiresOn),
                                .if(
                                    (document.expiresOn.map { $0 < submission } ?? false),
                                    .group(.br(), .span(.class("flag"), .text(text.expiredAtSubmission))))),
                            .a(.href(StaffURL.document(document.id).path), .text(strings[.download])),
                        ]
                    })),
            .if(
                mayUpload,
                .element(
                    named: "details",
                    nodes: [
                        .attribute(named: "open", value: model.missing.isEmpty ? nil : "open"),
                        .element(named: "summary", nodes: [.text(text.uploadDocument)]),
                        .form(
                            .method(.post), .action(StaffURL.requestDocuments(r.id).path), .enctype(.multipartData),
                            Layout.csrfField(context.csrfToken),
                            FormFields.select(
                                name: "kind", label: strings[.documentKind],
                                options: kinds.map { (value: $0.rawValue, label: strings.documentKind($0)) },
                                selected: nil, errors: errors),
                            .div(
                                .class(errors.contains { $0.field == "file" } ? "field field-invalid" : "field"),
                                .label(.for("file"), .text(text.documentFile)),
                                .p(.class("hint"), .id("file-hint"), .text(text.uploadHint)),
                                .unwrap(errors.first { $0.field == "file" }) {
                                    .p(.class("error"), .id("file-error"), .text($0.message))
                                },
                                .input(
                                    .type(.file), .id("file"), .name("file"),
                                    .attribute(named: "accept", value: "application/pdf,image/jpeg,image/png"),
                                    .attribute(named: "aria-describedby", value: "file-hint"))),
                            FormFields.text(
                                name: "identityNumber", label: text.identityOnDocument, value: nil,
                                errors: errors, hint: text.identityOnDocumentHint, direction: "ltr"),
                            .div(
                                .class("grid-2"),
                                FormFields.date(
                                    name: "issuedOn", label: text.issuedOn, value: nil, calendar: "hijri",
                                    errors: errors, strings: strings),
                                FormFields.date(
                                    name: "expiresOn", label: text.expiryDate, value: nil, calendar: "hijri",
                                    errors: errors, strings: strings)),
                            .div(.class("actions"), .button(.type(.submit), .text(text.uploadDocument)))),
                    ])))
    }

    private static func attestationSection(_ model: Model, context: PageContext, mayAttest: Bool) -> Node<
        HTML.BodyContext
    > {
        let strings = context.strings
        let text = RequestText(strings: strings)
        let errors = RequestText(strings: strings).errors(model.problems)
        let r = model.file.request
        return .section(
            .class("card"),
            .h2(.text(text.attestationTitle)),
            .blockquote(.text(text.attestationText)),
            .unwrap(r.attestation) { attestation in
                .p(
                    .text(
                        text.attestedOn(
                            date: context.dates.dualWithTime(attestation.attestedAt),
                            channel: strings.channel(attestation.channel), version: attestation.version)))
            },
            .if(
                r.attestation == nil && mayAttest,
                .form(
                    .method(.post), .action(StaffURL.requestAttest(r.id).path), .enctype(.multipartData),
                    Layout.csrfField(context.csrfToken),
                    FormFields.checkbox(name: "confirmed", label: text.attestationConfirm, checked: false),
                    .unwrap(errors.first { $0.field == "confirmed" }) { .p(.class("error"), .text($0.message)) },
                    FormFields.select(
                        name: "channel", label: text.requestChannel,
                        options: [ContactChannel.interview, .branchRepresentative, .letter].map {
                            (value: $0.rawValue, label: strings.channel($0))
                        }, selected: ContactChannel.interview.rawValue, errors: errors),
                    .div(
                        .class("field"),
                        .label(.for("signedForm"), .text(text.signedFormLabel)),
                        .p(.class("hint"), .text(text.signedFormHint)),
                        .unwrap(errors.first { $0.field == "signedForm" }) {
                            .p(.class("error"), .id("signedForm-error"), .text($0.message))
                        },
                        .input(
                            .type(.file), .id("signedForm"), .name("signedForm"),
                            .attribute(named: "accept", value: "application/pdf,image/jpeg,image/png"))),
                    .div(.class("actions"), .button(.type(.submit), .text(text.recordAttestation)))
                )))
    }

    private static func actionsSection(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let strings = context.strings
        let text = RequestText(strings: strings)
        let errors = RequestText(strings: strings).errors(model.problems)
        let r = model.file.request
        let roles = model.staffRoles
        let may = { (set: Set<Role>) in !roles.isDisjoint(with: set) }
        let version = String(r.version)
        var forms: [Node<HTML.BodyContext>] = []
        if r.status == .draft && may(RequestRoutes.intake) {
            forms.append(
                .form(
                    .method(.post), .action(StaffURL.requestSubmit(r.id).path), Layout.csrfField(context.csrfToken),
                    .input(.type(.hidden), .name("version"), .value(version)),
                    .p(.class("muted"), .text(text.submitExplain)),
                    .button(.type(.submit), .text(text.submitRequest))))
        }
        if model.allowed.contains(.referToResearch) && may(RequestRoutes.intake) {
            forms.append(
                .form(
                    .method(.post), .action(StaffURL.requestRefer(r.id).path), Layout.csrfField(context.csrfToken),
                    .input(.type(.hidden), .name("version"), .value(version)),
                    FormFields.select(
                        name: "researcherID", label: text.chooseResearcher,
                        options: model.researchers.map {
                            (
                                value: $0.id.uuidString.lowercased(),
                                label: text.researcherWorkload(name: $0.name, count: $0.openRequests)
                            )
                        }, selected: nil, errors: errors),
                    FormFields.textArea(name: "note", label: text.referralNote, value: nil, errors: [], rows: 2),
                    .button(.type(.submit), .class("button-secondary"), .text(strings[.referToResearch]))))
        }
        if (model.allowed.contains(.sendToCommittee) || model.allowed.contains(.returnToCommittee))
            && may(RequestRoutes.toCommittee)
        {
            forms.append(
                .form(
                    .method(.post), .action(StaffURL.requestToCommittee(r.id).path),
                    Layout.csrfField(context.csrfToken), .input(.type(.hidden), .name("version"), .value(version)),
                    .button(.type(.submit), .text(text.sendToCommittee))))
        } else if [.registered, .inResearch].contains(r.status) && may(RequestRoutes.toCommittee) {
            forms.append(.p(.class("muted"), .text(text.committeeNeeds)))
        }
        if RequestService.editableStatuses.contains(r.status) && may(RequestRoutes.intake) {
            forms.append(.p(.a(.href(StaffURL.requestEdit(r.id).path), .text(text.requestEditLink))))
        }
        if model.allowed.contains(.withdraw) && may(RequestRoutes.intake) {
            forms.append(
                .element(
                    named: "details",
                    nodes: [
                        .element(named: "summary", nodes: [.text(text.withdrawRequest)]),
                        .form(
                            .method(.post), .action(StaffURL.requestWithdraw(r.id).path),
                            Layout.csrfField(context.csrfToken),
                            .input(.type(.hidden), .name("version"), .value(version)),
                            FormFields.textArea(
                                name: "withdrawNote", label: text.withdrawReason, value: nil, errors: errors,
                                rows: 2),
                            .button(.type(.submit), .class("button-secondary"), .text(text.withdrawRequest))),
                    ]))
        }
        return .if(
            !forms.isEmpty,
            .section(.class("card"), .h2(.text(text.nextSteps)), .div(.class("stack"), .group(forms))))
    }

    /// The researcher sets the home visit's day before writing the report.
    private static func visitForm(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let strings = context.strings
        let text = RequestText(strings: strings)
        let errors = RequestText(strings: strings).errors(model.problems)
        return .form(
            .method(.post), .action(StaffURL.requestVisit(model.file.request.id).path),
            Layout.csrfField(context.csrfToken),
            .h3(.text(text.scheduleVisit)),
            FormFields.date(
                name: "visitOn", label: text.visitDay, value: nil, calendar: "hijri", errors: errors,
                strings: strings),
            .div(.class("actions"), .button(.type(.submit), .class("button-secondary"), .text(text.scheduleVisit)))
        )
    }

    private static func researchSection(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let strings = context.strings
        let text = RequestText(strings: strings)
        let errors = RequestText(strings: strings).errors(model.problems)
        let r = model.file.request
        let mayWrite = model.needsForm != nil
        return .if(
            !model.file.reports.isEmpty || mayWrite || r.researcherID != nil,
            .section(
                .class("card"),
                .h2(.text(text.researchTitle)),
                .forEach(model.file.reports) { report in
                    .article(
                        .class("report"),
                        .h3(.text(strings.researchKind(report.kind) + " — " + context.dates.dual(report.visitedOn))),
                        .p(.strong(.text(text.researchFindings + ": ")), .text(report.findings)),
                        .if(
                            !report.householdSituation.isEmpty,
                            .p(.strong(.text(text.householdSituation + ": ")), .text(report.householdSituation))),
                        .p(
                            .strong(.text(strings[.recommendation] + ": ")),
                            .text(
                                (report.recommendsApproval ? strings[.recommendApprove] : strings[.recommendReject])
                                    + (report.recommendedService.map { " — " + strings.serviceKind($0) } ?? "")
                                    + (report.recommendedAmount.halalas > 0
                                        ? " — " + strings.money(report.recommendedAmount) : "")
                                    + (report.recommendedQuantity.isEmpty ? "" : " — " + report.recommendedQuantity))),
                        .unwrap(report.updatedNeeds) { needs in
                            .p(
                                .strong(.text(text.researchNeedsUpdated + ": ")),
                                .text(
                                    text.researchNeedsScore(score: needs.total, level: strings.priority(needs.level)))
                            )
                        },
                        .p(
                            .class("muted"),
                            .text(report.researcherName + " — " + context.dates.dualWithTime(report.createdAt))))
                },
                .if(mayWrite, visitForm(model, context: context)),
                .if(
                    mayWrite,
                    .form(
                        .method(.post), .action(StaffURL.requestResearch(r.id).path),
                        Layout.csrfField(context.csrfToken),
                        FormFields.select(
                            name: "reportKind", label: text.researchKindLabel,
                            options: ResearchReport.Kind.allCases.map {
                                (value: $0.rawValue, label: strings.researchKind($0))
                            }, selected: nil, errors: errors),
                        FormFields.date(
                            name: "visitedOn", label: text.visitedOn, value: nil, calendar: "hijri",
                            errors: errors, strings: strings),
                        FormFields.textArea(
                            name: "findings", label: text.researchFindings, value: nil, errors: errors,
                            rows: 4),
                        FormFields.textArea(
                            name: "householdSituation", label: text.householdSituation, value: nil,
                            errors: errors, rows: 3),
                        FormFields.select(
                            name: "recommendation", label: strings[.recommendation],
                            options: [
                                (value: "approve", label: strings[.recommendApprove]),
                                (value: "reject", label: strings[.recommendReject]),
                            ], selected: nil, errors: errors),
                        FormFields.select(
                            name: "recommendedService", label: strings[.serviceKindLabel],
                            options: model.file.type.serviceKinds.map {
                                (value: $0.rawValue, label: strings.serviceKind($0))
                            }, selected: nil, errors: errors),
                        FormFields.text(
                            name: "recommendedAmount", label: strings[.recommendedAmount], value: "0",
                            errors: errors, hint: strings[.amountHint], direction: "ltr"),
                        FormFields.text(
                            name: "recommendedQuantity", label: text.recommendedQuantity, value: nil,
                            errors: errors, hint: text.recommendedQuantityHint),
                        .unwrap(model.needsForm) { needs in
                            .fieldset(
                                .element(named: "legend", text: text.researchNeedsUpdated),
                                .p(.class("hint"), .text(text.researchNeedsHint)),
                                NeedsFields.render(needs, errors: errors, strings: strings))
                        },
                        .p(.class("muted"), .text(text.researchPhotosHint)),
                        .div(.class("actions"), .button(.type(.submit), .text(text.saveResearchReport)))))
            ))
    }

    private static func decisionSection(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let strings = context.strings
        let text = RequestText(strings: strings)
        return .unwrap(model.file.request.decision) { decision in
            .section(
                .class("card"),
                .h2(.text(strings[.decisionTitle])),
                .p(
                    .strong(.text(strings.committeeOutcome(decision.outcome))),
                    .text(" — " + context.dates.dualWithTime(decision.decidedAt))),
                .if(
                    decision.service != nil,
                    .p(
                        .text(
                            strings[.serviceKindLabel] + ": " + (decision.service.map(strings.serviceKind) ?? "")
                                + (decision.amount.halalas > 0 ? " — " + strings.money(decision.amount) : "")
                                + (decision.quantity.isEmpty ? "" : " — " + decision.quantity)))),
                .if(
                    !decision.reasons.isEmpty,
                    .ul(.forEach(decision.reasons) { .li(.text(strings.rejectionReason($0))) })),
                .if(!decision.note.isEmpty, .p(.text(decision.note))),
                .unwrap(decision.meetingID) { .p(.a(.href(StaffURL.meeting($0).path), .text(text.openMeeting))) })
        }
    }
}
