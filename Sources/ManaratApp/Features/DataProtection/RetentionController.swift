import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// The retention schedule (PDPL): how long each kind of record is kept, the beneficiaries on legal
/// hold, and what `manarat retention run` would do if it ran now.
struct RetentionController {
    func show(_ request: Request) async throws -> Response {
        let schedule = try await RetentionRepository(database: request.db).schedule()
        return try await render(request, values: Self.values(schedule), errors: [], status: .ok)
    }

    func saveSchedule(_ request: Request) async throws -> Response {
        let strings = request.strings
        let repository = RetentionRepository(database: request.db)
        var schedule = try await repository.schedule()
        let before = schedule
        var values: [RetentionKind: String] = [:]
        var errors: [FieldError] = []
        for kind in RetentionKind.allCases {
            let typed = ((try? request.content.get(String.self, at: kind.rawValue)) ?? "").trimmingCharacters(
                in: .whitespaces)
            values[kind] = typed
            guard let period = Int(Digits.latinized(typed)) else {
                errors.append(
                    FieldError(
                        field: kind.rawValue,
                        message: strings.format(.fieldRequiredNamed, ["field": strings.retentionKind(kind)])))
                continue
            }
            switch schedule.set(kind, to: period) {
            case .success: break
            case .failure(.belowMinimum(_, let minimum)):
                errors.append(
                    FieldError(
                        field: kind.rawValue,
                        message: strings.format(
                            .retentionBelowMinimum, ["minimum": strings.localizedDigits("\(minimum)")])))
            case .failure(.aboveMaximum(_, let maximum)):
                errors.append(
                    FieldError(
                        field: kind.rawValue,
                        message: strings.format(
                            .retentionAboveMaximum, ["maximum": strings.localizedDigits("\(maximum)")])))
            }
        }
        guard errors.isEmpty else {
            return try await render(request, values: values, errors: errors, status: .unprocessableEntity)
        }
        let changes = RetentionKind.allCases.filter { before.period($0) != schedule.period($0) }.map {
            "\($0.rawValue) \(before.period($0)) → \(schedule.period($0))"
        }
        let saved = schedule
        try await request.audited(
            action: .retentionSchedule, recordType: .settings, recordID: "retention",
            summary: changes.isEmpty ? "unchanged" : changes.joined(separator: ", ")
        ) { db in
            try await RetentionRepository(database: db).save(saved)
        }
        return request.redirect(to: StaffURL.retention.path(query: [("saved", "1")]), redirectType: .normal)
    }

    func addHold(_ request: Request) async throws -> Response {
        let strings = request.strings
        let fileNumber = Digits.latinized(
            ((try? request.content.get(String.self, at: "fileNumber")) ?? "").trimmingCharacters(in: .whitespaces))
        let reason = ((try? request.content.get(String.self, at: "reason")) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        var errors: [FieldError] = []
        let found =
            fileNumber.isEmpty
            ? nil : try await BeneficiaryModel.query(on: request.db).filter(\.$fileNumber == fileNumber).first()
        if found == nil { errors.append(FieldError(field: "fileNumber", message: strings[.beneficiaryNotFound])) }
        if reason.isEmpty || reason.count > 500 {
            errors.append(
                FieldError(
                    field: "reason", message: strings.format(.fieldRequiredNamed, ["field": strings[.legalHoldReason]]))
            )
        }
        guard errors.isEmpty, let beneficiaryID = found?.id else {
            let schedule = try await RetentionRepository(database: request.db).schedule()
            return try await render(
                request, values: Self.values(schedule), errors: errors, holdForm: (fileNumber, reason),
                status: .unprocessableEntity)
        }
        try await request.audited(
            action: .retentionHold, recordType: .beneficiary, recordID: beneficiaryID.uuidString,
            summary: "legal hold placed"
        ) { db in
            try await RetentionRepository(database: db).setLegalHold(beneficiaryID: beneficiaryID, reason: reason)
        }
        return request.redirect(to: StaffURL.retention.path, redirectType: .normal)
    }

    func releaseHold(_ request: Request) async throws -> Response {
        guard let beneficiaryID = request.parameter(.beneficiaryID, as: UUID.self),
            try await RetentionRepository(database: request.db).legalHolds().contains(where: {
                $0.beneficiaryID == beneficiaryID
            })
        else { throw Abort(.notFound) }
        try await request.audited(
            action: .retentionRelease, recordType: .beneficiary, recordID: beneficiaryID.uuidString,
            summary: "legal hold released"
        ) { db in
            try await RetentionRepository(database: db).setLegalHold(beneficiaryID: beneficiaryID, reason: "")
        }
        return request.redirect(to: StaffURL.retention.path, redirectType: .normal)
    }

    private static func values(_ schedule: RetentionSchedule) -> [RetentionKind: String] {
        Dictionary(uniqueKeysWithValues: RetentionKind.allCases.map { ($0, String(schedule.period($0))) })
    }

    private func render(
        _ request: Request, values: [RetentionKind: String], errors: [FieldError], holdForm: (String, String)? = nil,
        status: HTTPStatus
    ) async throws -> Response {
        let repository = RetentionRepository(database: request.db)
        let holds = try await repository.legalHolds()
        // What the run would do now: read only (a dry run changes nothing).
        let preview = try await repository.run(
            try await repository.schedule(), now: request.now, timeZone: request.manarat.configuration.timeZone,
            dryRun: true)
        let context = PageContext(request: request)
        let strings = context.strings
        let scheduleErrors = errors.filter { RetentionKind(rawValue: $0.field) != nil }
        let holdErrors = errors.filter { $0.field == "fileNumber" || $0.field == "reason" }
        let html = Layout.render(
            title: strings[.retentionTitle], context: context,
            content: .group(
                .h1(.text(strings[.retentionTitle])),
                .p(.class("muted"), .text(strings[.retentionExplain])),
                .if(
                    (try? request.query.get(String.self, at: "saved")) == "1",
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.savedNotice]))),
                FormFields.errorSummary(scheduleErrors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.retention.path), .class("card"),
                    Layout.csrfField(context.csrfToken),
                    .forEach(RetentionKind.allCases) { kind in
                        FormFields.text(
                            name: kind.rawValue,
                            label: strings.retentionKind(kind) + " — "
                                + strings[kind.unit == .years ? .retentionYears : .retentionDays],
                            value: values[kind], errors: scheduleErrors, required: true,
                            hint: strings.retentionAction(kind), direction: "ltr")
                    },
                    .button(.type(.submit), .text(strings[.retentionSaveSchedule]))),
                .h2(.text(strings[.retentionPreview])),
                DataTable.render(
                    headers: [
                        strings[.kindColumn], strings[.retentionApplied], strings[.retentionKeptHold],
                        strings[.retentionKeptOpen],
                    ],
                    rows: preview.map { outcome in
                        [
                            .text(strings.retentionKind(outcome.kind)),
                            .text(strings.localizedDigits("\(outcome.applied)")),
                            .text(strings.localizedDigits("\(outcome.keptForLegalHold)")),
                            .text(strings.localizedDigits("\(outcome.keptForOpenCase)")),
                        ]
                    }),
                .h2(.text(strings[.legalHoldsTitle])),
                .if(holds.isEmpty, .p(.class("muted"), .text(strings[.legalHoldNone]))),
                .if(
                    !holds.isEmpty,
                    DataTable.render(
                        headers: [
                            strings[.legalHoldFileNumber], strings[.fullName], strings[.legalHoldReason],
                            strings[.actionsColumn],
                        ],
                        rows: holds.map { hold in
                            [
                                .a(
                                    .href(StaffURL.beneficiary(hold.beneficiaryID).path),
                                    .span(.class("ltr"), .text(hold.fileNumber))),
                                .element(named: "bdi", text: hold.name),
                                .text(hold.reason),
                                .form(
                                    .method(.post), .action(StaffURL.legalHoldRelease(hold.beneficiaryID).path),
                                    .class("inline-form"), Layout.csrfField(context.csrfToken),
                                    .button(.type(.submit), .class("link-button"), .text(strings[.legalHoldRelease]))),
                            ]
                        })),
                FormFields.errorSummary(holdErrors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.legalHolds.path), .class("card"),
                    Layout.csrfField(context.csrfToken),
                    .div(
                        .class("grid-2"),
                        FormFields.text(
                            name: "fileNumber", label: strings[.legalHoldFileNumber], value: holdForm?.0,
                            errors: holdErrors, required: true, direction: "ltr"),
                        FormFields.text(
                            name: "reason", label: strings[.legalHoldReason], value: holdForm?.1, errors: holdErrors,
                            required: true)),
                    .button(.type(.submit), .text(strings[.legalHoldAdd])))
            ))
        return .html(html, status: status)
    }
}
