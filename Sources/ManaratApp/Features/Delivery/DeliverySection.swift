import Foundation
import ManaratDomain
import Plot

/// The delivery part of the request page.
enum DeliverySection {
    /// The section, from the request page's model alone.
    static func render(_ model: RequestPage.Model, context: PageContext) -> Node<HTML.BodyContext> {
        let strings = context.strings
        let text = RequestText(strings: strings)
        let errors = RequestText(strings: strings).errors(model.problems)
        let r = model.file.request
        let mayDeliver = !model.staffRoles.isDisjoint(with: DeliveryRoutes.officers)
        let active = [.approved, .inDelivery].contains(r.status)
        return .if(
            active || !model.deliveries.isEmpty,
            .section(
                .class("card"),
                .h2(.text(strings[.deliveryTitle])),
                .if(
                    !model.deliveries.isEmpty,
                    DataTable.render(
                        headers: [
                            text.instalment, strings[.serviceKindLabel], strings[.amount], strings[.dueOn],
                            strings[.status],
                        ],
                        rows: model.deliveries.map { record in
                            [
                                .text(strings.localizedDigits("\(record.instalmentNumber)/\(record.instalmentCount)")),
                                .group(
                                    .text(
                                        strings.serviceKind(record.kind)
                                            + (record.method.map { " — " + strings.paymentMethod($0) } ?? "")),
                                    .unwrap(record.iban) { iban in
                                        .group(
                                            .br(), .text(text.ibanShort + ": "),
                                            .span(.class("ltr"), .text(mayDeliver ? iban.description : iban.masked)))
                                    }, .if(!record.items.isEmpty, .group(.br(), .text(record.items))),
                                    .if(!record.referralTo.isEmpty, .group(.br(), .text(record.referralTo))),
                                    .if(
                                        !record.reference.isEmpty,
                                        .group(.br(), .span(.class("ltr muted"), .text(record.reference))))),
                                .text(record.amount.halalas > 0 ? strings.money(record.amount) : "—"),
                                context.dates.cell(record.dueOn),
                                record.deliveredAt.map { delivered -> Node<HTML.BodyContext> in
                                    .group(
                                        .span(.class("badge"), .text(text.delivered)), .br(),
                                        .span(
                                            .class("muted"),
                                            .text(
                                                context.dates.dualWithTime(delivered) + " — " + record.deliveredByName)),
                                        .br(), .element(named: "bdi", text: record.acknowledgement))
                                }
                                    ?? (mayDeliver && r.status == .inDelivery
                                        ? .form(
                                            .method(.post), .action(StaffURL.requestDelivered(r.id, record.id).path),
                                            Layout.csrfField(context.csrfToken),
                                            FormFields.text(
                                                name: DeliveredForm.Field.reference.rawValue,
                                                label: text.paymentReference, value: nil,
                                                errors: [], direction: "ltr", id: "reference-\(record.instalmentNumber)"
                                            ),
                                            FormFields.text(
                                                name: DeliveredForm.Field.acknowledgement.rawValue,
                                                label: strings[.acknowledgement], value: nil,
                                                errors: errors, hint: text.acknowledgementHint,
                                                id: "acknowledgement-\(record.instalmentNumber)"),
                                            .button(
                                                .type(.submit), .class("button-secondary"),
                                                .text(text.markDelivered))
                                        ) : .span(.class("badge"), .text(strings[.notDeliveredYet]))),
                            ]
                        })),
                .if(
                    mayDeliver && active && model.deliveries.isEmpty,
                    .element(
                        named: "details",
                        nodes: [
                            .attribute(named: "open", value: "open"),
                            .element(named: "summary", nodes: [.text(text.scheduleDelivery)]),
                            .form(
                                .method(.post), .action(StaffURL.requestDeliveries(r.id).path),
                                Layout.csrfField(context.csrfToken),
                                .input(.type(.hidden), .name("version"), .value(String(r.version))),
                                .div(
                                    .class("grid-2"),
                                    FormFields.select(
                                        name: DeliveryScheduleForm.Field.kind.rawValue,
                                        label: strings[.serviceKindLabel],
                                        options: (model.file.type.serviceKinds.isEmpty
                                            ? ServiceKind.allCases : model.file.type.serviceKinds).map {
                                                (value: $0.rawValue, label: strings.serviceKind($0))
                                            }, selected: r.decision?.service?.rawValue, errors: errors),
                                    FormFields.text(
                                        name: DeliveryScheduleForm.Field.amount.rawValue,
                                        label: text.amountPerInstalment,
                                        value: r.decision?.amount.plain, errors: errors,
                                        hint: text.amountPerInstalmentHint, direction: "ltr"),
                                    FormFields.select(
                                        name: DeliveryScheduleForm.Field.method.rawValue,
                                        label: text.paymentMethodLabel,
                                        options: PaymentMethod.allCases.map {
                                            (value: $0.rawValue, label: strings.paymentMethod($0))
                                        }, selected: nil, errors: errors),
                                    FormFields.text(
                                        name: DeliveryScheduleForm.Field.iban.rawValue, label: text.ibanLabel,
                                        value: nil, errors: errors,
                                        autocomplete: "off", hint: text.ibanHint, direction: "ltr"),
                                    FormFields.text(
                                        name: DeliveryScheduleForm.Field.items.rawValue, label: strings[.items],
                                        value: r.decision?.quantity,
                                        errors: errors),
                                    FormFields.text(
                                        name: DeliveryScheduleForm.Field.referralTo.rawValue,
                                        label: text.referralTo, value: nil,
                                        errors: errors),
                                    FormFields.text(
                                        name: DeliveryScheduleForm.Field.instalments.rawValue,
                                        label: text.instalmentCount, value: "1",
                                        errors: errors, hint: text.instalmentHint, direction: "ltr"),
                                    FormFields.date(
                                        name: DeliveryScheduleForm.Field.firstDue.rawValue, label: text.firstDue,
                                        value: nil, calendar: "hijri",
                                        errors: errors, strings: strings)),
                                .div(.class("actions"), .button(.type(.submit), .text(text.scheduleDelivery)))),
                        ])),
                .if(
                    mayDeliver && r.status == .inDelivery && !model.deliveries.isEmpty
                        && model.deliveries.allSatisfy { $0.deliveredAt != nil },
                    .form(
                        .method(.post), .action(StaffURL.requestComplete(r.id).path),
                        Layout.csrfField(context.csrfToken),
                        .input(.type(.hidden), .name("version"), .value(String(r.version))),
                        .button(.type(.submit), .text(text.completeRequest)))),
                .if(
                    r.status == .completed && Access.staff(SurveyController.tabletHolders).admits(context.staff),
                    .form(
                        .method(.post), .action(StaffURL.requestSurveyAtBranch(r.id).path),
                        Layout.csrfField(context.csrfToken),
                        .button(.type(.submit), .class("button-secondary"), .text(strings[.surveyAtBranch]))))
            ))
    }
}
