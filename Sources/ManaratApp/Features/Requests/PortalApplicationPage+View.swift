import Foundation
import ManaratDomain
import Plot

extension PortalApplicationPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let (beneficiary, type, form) = (model.beneficiary, model.type, model.form)
        let action: String? = model.requestID.map { PortalURL.requestEdit($0).path }
        let strings = context.strings
        let text = RequestText(strings: strings)
        let errors = RequestText(strings: strings).errors(model.problems, portal: true)
        return Layout.render(
            title: type.name(in: context.language), context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(type.name(in: context.language))),
                .p(.text(context.language == .arabic ? type.descriptionArabic : type.descriptionEnglish)),
                .h2(.text(strings[.requiredDocuments])),
                .ul(
                    .forEach(type.requiredDocuments) {
                        .li(
                            .text(
                                strings.documentKind($0.kind)
                                    + ($0.mustBeValidAtSubmission ? " — " + strings[.mustBeValid] : "")))
                    }),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .if(
                    type.isEligible(categories: beneficiary.categoryIDs),
                    .form(
                        .method(.post), .action(action ?? PortalURL.applyType(type.id).path),
                        Layout.csrfField(context.csrfToken),
                        .if(action == nil, Layout.submissionField(context)),
                        .unwrap(model.requestID == nil ? nil : form.version) {
                            .input(.type(.hidden), .name(RequestDataForm.Field.version.rawValue), .value(String($0)))
                        },
                        .forEach(type.requiredFields) { field in
                            FormFields.text(
                                name: RequestDataForm.valuePrefix + field.key, label: field.label(in: context.language),
                                value: form.values[field.key], errors: errors)
                        },
                        FormFields.textArea(
                            name: RequestDataForm.Field.details.rawValue, label: text.requestDetails,
                            value: form.details, errors: errors, rows: 4),
                        FormFields.text(
                            name: RequestDataForm.Field.amountRequested.rawValue, label: strings[.amountRequested],
                            value: form.amountRequested, errors: errors,
                            hint: strings[.amountHint], direction: "ltr"),
                        .p(.class("muted"), .text(text.portalDraftExplain)),
                        .div(
                            .class("actions"),
                            .button(
                                .type(.submit), .name(RequestDataForm.Field.intent.rawValue), .value("continue"),
                                .text(text.portalContinue)),
                            .button(
                                .type(.submit), .class("button-secondary"),
                                .name(RequestDataForm.Field.intent.rawValue), .value("draft"),
                                .text(text.portalSaveDraft)))
                    ))
            ))
    }
}
