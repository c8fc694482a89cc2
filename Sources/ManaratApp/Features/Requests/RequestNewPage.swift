import Foundation
import ManaratDomain
import Plot

/// Taking in a new request for a beneficiary: choose the type, read what it needs, fill in its fields.
enum RequestNewPage {
    struct Model {
        var beneficiary: Beneficiary
        var types: [RequestType]
        var chosen: RequestType?
        var form: RequestController.NewForm
        var values: [String: String]
        var errors: [FieldError]
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let b = model.beneficiary
        return Layout.render(
            title: strings[.requestNewTitle], context: context,
            content: .div(
                .class("card"),
                .h1(.text(strings[.requestNewTitle] + " — " + b.name.full)),
                FormFields.errorSummary(model.errors, title: strings[.formHasErrors]),
                .h2(.text(strings[.requestChooseType])),
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
                                    .span(.class("flag"), .text(strings[.typeNotEligible])))
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
                            .input(.type(.hidden), .name("typeID"), .value(type.id.uuidString.lowercased())),
                            FormFields.select(
                                name: "channel", label: strings[.requestChannel],
                                options: ContactChannel.allCases.map {
                                    (value: $0.rawValue, label: strings.channel($0))
                                }, selected: model.form.channel, errors: model.errors),
                            .forEach(type.requiredFields) { field in
                                FormFields.text(
                                    name: "field_" + field.key, label: field.label(in: context.language),
                                    value: model.values[field.key], errors: model.errors)
                            },
                            FormFields.textArea(
                                name: "details", label: strings[.requestDetails], value: model.form.details,
                                errors: model.errors, rows: 4),
                            FormFields.text(
                                name: "amountRequested", label: strings[.amountRequested],
                                value: model.form.amountRequested, errors: model.errors, hint: strings[.amountHint],
                                direction: "ltr"),
                            .p(.class("muted"), .text(strings[.requestDraftExplain])),
                            .div(
                                .class("actions"), .button(.type(.submit), .text(strings[.createDraft])),
                                .a(.href(StaffURL.beneficiary(b.id).path), .text(strings[.cancel])))
                        )
                    )
                }
            ))
    }
}
