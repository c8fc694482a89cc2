import Foundation
import ManaratDomain
import Plot

extension RequestNewPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = RequestText(strings: strings)
        let b = model.beneficiary
        let errors = RequestText(strings: strings).errors(model.problems)
        return Layout.render(
            title: text.requestNewTitle, context: context,
            content: .div(
                .class("card"),
                .h1(.text(text.requestNewTitle + " — " + b.name.full)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .h2(.text(text.requestChooseType)),
                .ul(
                    .class("tiles"),
                    .forEach(model.types) { type in
                        .li(
                            .a(
                                .href(
                                    StaffURL.requestNew(b.id).path(query: [("type", type.id.uuidString.lowercased())])),
                                .if(type.id == model.chosen?.id, .attribute(named: "aria-current", value: "true")),
                                .strong(.text(type.name(in: context.language))),
                                .span(
                                    .class("muted"),
                                    .text(
                                        context.language == .arabic ? type.descriptionArabic : type.descriptionEnglish)),
                                .if(
                                    !type.isEligible(categories: b.categoryIDs),
                                    .span(.class("flag"), .text(text.typeNotEligible)))
                            ))
                    }),
                .unwrap(model.chosen) { type in
                    .group(
                        .h2(.text(type.name(in: context.language))),
                        .h3(.text(strings[.requiredDocuments])),
                        .ul(
                            .forEach(type.requiredDocuments) { requirement in
                                .li(
                                    .text(
                                        strings.documentKind(requirement.kind)
                                            + (requirement.mustBeValidAtSubmission ? " — " + strings[.mustBeValid] : "")
                                    ))
                            }),
                        .form(
                            .method(.post), .action(StaffURL.requestNew(b.id).path),
                            Layout.csrfField(context.csrfToken),
                            Layout.submissionField(context),
                            .input(
                                .type(.hidden), .name(RequestDataForm.Field.typeID.rawValue),
                                .value(type.id.uuidString.lowercased())),
                            FormFields.select(
                                name: RequestDataForm.Field.channel.rawValue, label: text.requestChannel,
                                options: ContactChannel.allCases.map {
                                    (value: $0.rawValue, label: strings.channel($0))
                                }, selected: model.form.channel, errors: errors),
                            .forEach(type.requiredFields) { field in
                                FormFields.text(
                                    name: RequestDataForm.valuePrefix + field.key,
                                    label: field.label(in: context.language),
                                    value: model.form.values[field.key], errors: errors)
                            },
                            FormFields.textArea(
                                name: RequestDataForm.Field.details.rawValue, label: text.requestDetails,
                                value: model.form.details,
                                errors: errors, rows: 4),
                            FormFields.text(
                                name: RequestDataForm.Field.amountRequested.rawValue, label: strings[.amountRequested],
                                value: model.form.amountRequested, errors: errors, hint: strings[.amountHint],
                                direction: "ltr"),
                            .p(.class("muted"), .text(text.requestDraftExplain)),
                            .div(
                                .class("actions"), .button(.type(.submit), .text(text.createDraft)),
                                .a(.href(StaffURL.beneficiary(b.id).path), .text(strings[.cancel])))
                        )
                    )
                }
            ))
    }
}
