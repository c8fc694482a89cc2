import Foundation
import ManaratDomain
import Plot

extension RetentionPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = DataProtectionText(strings: strings)
        let errors = DataProtectionText(strings: strings).errors(model.problems)
        let holdFields: Set<String> = [LegalHoldForm.Field.fileNumber.rawValue, LegalHoldForm.Field.reason.rawValue]
        let scheduleErrors = errors.filter { RetentionKind(rawValue: $0.field) != nil }
        let holdErrors = errors.filter { holdFields.contains($0.field) }
        return Layout.render(
            title: strings[.retentionTitle], context: context,
            content: .group(
                .h1(.text(strings[.retentionTitle])),
                .p(.class("muted"), .text(text.retentionExplain)),
                .if(
                    model.saved,
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
                            value: model.form.periods[kind], errors: scheduleErrors, required: true,
                            hint: strings.retentionAction(kind), direction: "ltr")
                    },
                    .button(.type(.submit), .text(text.retentionSaveSchedule))),
                .h2(.text(text.retentionPreview)),
                DataTable.render(
                    headers: [
                        text.kindColumn, text.retentionApplied, text.retentionKeptHold,
                        text.retentionKeptOpen,
                    ],
                    rows: model.preview.map { outcome in
                        [
                            .text(strings.retentionKind(outcome.kind)),
                            .text(strings.localizedDigits("\(outcome.applied)")),
                            .text(strings.localizedDigits("\(outcome.keptForLegalHold)")),
                            .text(strings.localizedDigits("\(outcome.keptForOpenCase)")),
                        ]
                    }),
                .h2(.text(text.legalHoldsTitle)),
                .if(model.holds.isEmpty, .p(.class("muted"), .text(text.legalHoldNone))),
                .if(
                    !model.holds.isEmpty,
                    DataTable.render(
                        headers: [
                            text.legalHoldFileNumber, strings[.fullName], text.legalHoldReason,
                            strings[.actionsColumn],
                        ],
                        rows: model.holds.map { hold in
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
                            name: LegalHoldForm.Field.fileNumber.rawValue, label: text.legalHoldFileNumber,
                            value: model.holdForm.fileNumber,
                            errors: holdErrors, required: true, direction: "ltr"),
                        FormFields.text(
                            name: LegalHoldForm.Field.reason.rawValue, label: text.legalHoldReason,
                            value: model.holdForm.reason, errors: holdErrors,
                            required: true)),
                    .button(.type(.submit), .text(text.legalHoldAdd)))
            ))
    }
}
