import Foundation
import ManaratDomain
import Plot

extension BeneficiaryEditor {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        typealias Field = BeneficiaryForm.Field
        let strings = context.strings
        let text = BeneficiaryText(strings: strings)
        let form = model.form
        let errors = BeneficiaryText(strings: strings).errors(model.problems, id: model.id)
        let title = model.id == nil ? text.beneficiaryNewTitle : text.beneficiaryEditTitle
        let identityTypes = IdentityType.allCases.map { (value: $0.rawValue, label: strings.identityType($0)) }
        let branchOptions =
            [(value: "", label: strings[.noBranch])]
            + model.branches.map { (value: $0.id.uuidString.lowercased(), label: $0.name(in: context.language)) }
        return Layout.render(
            title: title, context: context,
            content: .div(
                .class("card"),
                .h1(.text(title)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .unwrap(errors.first { $0.field == Field.version.rawValue }) { error in
                    .div(
                        .class("alert alert-error"), .attribute(named: "role", value: "alert"),
                        .p(.text(error.message)), .unwrap(error.link) { .a(.href($0.path), .text($0.label)) })
                },
                .if(!model.duplicates.isEmpty, duplicatesPanel(model.duplicates, context: context)),
                .form(
                    .method(.post),
                    .action(model.id.map { StaffURL.beneficiaryEdit($0).path } ?? StaffURL.beneficiaryNew.path),
                    Layout.csrfField(context.csrfToken),
                    Layout.submissionField(context),
                    .unwrap(form.version) { .input(.type(.hidden), .name(Field.version.rawValue), .value(String($0))) },
                    .h2(.text(text.sectionName)),
                    .div(
                        .class("grid-2"),
                        FormFields.text(
                            name: Field.firstName.rawValue, label: strings[.firstName], value: form.firstName,
                            errors: errors,
                            required: true),
                        FormFields.text(
                            name: Field.fatherName.rawValue, label: strings[.fatherName], value: form.fatherName,
                            errors: errors,
                            required: true),
                        FormFields.text(
                            name: Field.grandfatherName.rawValue, label: strings[.grandfatherName],
                            value: form.grandfatherName,
                            errors: errors),
                        FormFields.text(
                            name: Field.familyName.rawValue, label: strings[.familyName], value: form.familyName,
                            errors: errors,
                            required: true),
                        FormFields.text(
                            name: Field.latinName.rawValue, label: strings[.latinName], value: form.latinName,
                            errors: errors,
                            direction: "ltr")),
                    .h2(.text(text.sectionIdentity)),
                    .div(
                        .class("grid-2"),
                        FormFields.select(
                            name: Field.identityType.rawValue, label: strings[.identityType], options: identityTypes,
                            selected: form.identityType, errors: errors),
                        FormFields.text(
                            name: Field.identityNumber.rawValue, label: strings[.identityNumber],
                            value: form.identityNumber,
                            errors: errors, required: true, direction: "ltr"),
                        FormFields.date(
                            name: Field.identityExpiresOn.rawValue, label: strings[.identityExpiresOn],
                            value: form.identityExpiresOn, calendar: form.identityExpiresOnCalendar, errors: errors,
                            strings: strings),
                        FormFields.text(
                            name: Field.nationality.rawValue, label: strings[.nationality], value: form.nationality,
                            errors: errors,
                            required: true),
                        FormFields.select(
                            name: Field.gender.rawValue, label: strings[.gender],
                            options: Gender.allCases.map { (value: $0.rawValue, label: strings.gender($0)) },
                            selected: form.gender, errors: errors),
                        FormFields.date(
                            name: Field.bornOn.rawValue, label: strings[.bornOn], value: form.bornOn,
                            calendar: form.bornOnCalendar,
                            errors: errors, strings: strings),
                        FormFields.select(
                            name: Field.maritalStatus.rawValue, label: strings[.maritalStatus],
                            options: MaritalStatus.allCases.map {
                                (value: $0.rawValue, label: strings.maritalStatus($0))
                            }, selected: form.maritalStatus, errors: errors)),
                    .h2(.text(text.sectionContact)),
                    .div(
                        .class("grid-2"),
                        FormFields.text(
                            name: Field.phone.rawValue, label: strings[.phone], value: form.phone, errors: errors,
                            type: .tel,
                            autocomplete: "tel", required: true, hint: strings[.phoneHint], example: "05XXXXXXXX",
                            direction: "ltr"),
                        FormFields.text(
                            name: Field.phoneOther.rawValue, label: strings[.phoneOther], value: form.phoneOther,
                            errors: errors,
                            type: .tel, direction: "ltr"),
                        FormFields.text(
                            name: Field.city.rawValue, label: strings[.city], value: form.city, errors: errors,
                            required: true),
                        FormFields.text(
                            name: Field.district.rawValue, label: strings[.district], value: form.district,
                            errors: errors),
                        FormFields.text(
                            name: Field.address.rawValue, label: strings[.address], value: form.address, errors: errors),
                        FormFields.text(
                            name: Field.nationalAddressCode.rawValue, label: strings[.nationalAddressCode],
                            value: form.nationalAddressCode, errors: errors, example: "RRRD2929", direction: "ltr"),
                        FormFields.select(
                            name: Field.preferredLanguage.rawValue, label: strings[.preferredLanguage],
                            options: [(value: "ar", label: "العربية"), (value: "en", label: "English")],
                            selected: form.preferredLanguage, errors: errors),
                        FormFields.select(
                            name: Field.preferredChannel.rawValue, label: strings[.preferredChannel],
                            options: ContactChannel.allCases.map { (value: $0.rawValue, label: strings.channel($0)) },
                            selected: form.preferredChannel, errors: errors),
                        FormFields.select(
                            name: Field.branchID.rawValue, label: strings[.branch], options: branchOptions,
                            selected: form.branchID,
                            errors: errors)),
                    .h2(.text(text.sectionCircumstances)),
                    FormFields.checkboxes(
                        name: Field.categories.rawValue, legend: text.categoriesLabel,
                        options: model.categories.map {
                            (value: $0.id.uuidString.lowercased(), label: $0.name(in: context.language))
                        }, checked: Set(form.categories ?? []), errors: errors),
                    FormFields.textArea(
                        name: Field.incomeSources.rawValue, label: strings[.incomeSources], value: form.incomeSources,
                        errors: errors
                    ),
                    .if(
                        model.mayEditSensitive,
                        FormFields.textArea(
                            name: Field.healthConditions.rawValue, label: strings[.healthConditions],
                            value: form.healthConditions,
                            errors: errors, hint: text.sensitiveHint)),
                    .if(
                        model.id == nil,
                        .group(
                            .h2(.text(strings[.sectionConsent])),
                            .div(
                                .class("alert alert-info"),
                                .p(.text(strings.format(.consentText, ["version": PrivacyNotice.currentVersion])))),
                            .if(
                                model.problems.contains(.consentMissing),
                                .p(.class("error"), .id("consent-error"), .text(text.consentRequired))),
                            FormFields.checkbox(
                                name: Field.consent.rawValue, label: text.consentCheckbox,
                                checked: form.consent == "on"),
                            FormFields.select(
                                name: Field.consentChannel.rawValue, label: text.consentChannel,
                                options: ContactChannel.allCases.map {
                                    (value: $0.rawValue, label: strings.channel($0))
                                }, selected: form.consentChannel, errors: errors)
                        )),
                    .if(
                        !model.duplicates.isEmpty,
                        .group(
                            .forEach(model.duplicates) {
                                .input(
                                    .type(.hidden), .name("reviewedIDs[]"),
                                    .value($0.summary.id.uuidString.lowercased()))
                            },
                            FormFields.checkbox(
                                name: Field.duplicatesReviewed.rawValue, label: text.duplicatesReviewedCheckbox,
                                checked: false)
                        )),
                    .div(
                        .class("actions"),
                        .button(.type(.submit), .text(strings[.save])),
                        .a(
                            .href(model.id.map { StaffURL.beneficiary($0).path } ?? StaffURL.beneficiaries.path),
                            .text(strings[.cancel])))
                )
            ))
    }

    private static func duplicatesPanel(_ duplicates: [PossibleDuplicate], context: PageContext) -> Node<
        HTML.BodyContext
    > {
        let strings = context.strings
        let text = BeneficiaryText(strings: strings)
        return .div(
            .class("alert alert-info"), .attribute(named: "role", value: "alert"),
            .h2(.text(text.possibleDuplicatesTitle)),
            .p(.text(text.possibleDuplicatesExplain)),
            .ul(
                .forEach(duplicates) { item in
                    .li(
                        .a(.href(StaffURL.beneficiary(item.summary.id).path), .text(item.summary.fullName)),
                        .text(" — "), .span(.class("ltr"), .text(item.summary.fileNumber)),
                        .text(
                            " — " + text.duplicateScore(item.match.score) + " ("),
                        .text(
                            item.match.reasons.sorted { $0.rawValue < $1.rawValue }.map { strings.duplicateReason($0) }
                                .joined(separator: strings.listSeparator)),
                        .text(")")
                    )
                })
        )
    }
}
