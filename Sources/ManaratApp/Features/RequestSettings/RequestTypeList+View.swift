import Foundation
import ManaratDomain
import Plot

extension RequestTypeList {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = RequestSettingsText(strings: strings)
        return Layout.render(
            title: strings[.requestTypesTitle], context: context,
            content: .group(
                .h1(.text(strings[.requestTypesTitle])),
                .if(
                    model.saved,
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.savedNotice]))),
                .div(
                    .class("actions"),
                    .a(.class("button"), .href(StaffURL.requestTypeNew.path), .text(text.requestTypeNewTitle)),
                    .a(
                        .class("button button-secondary"), .href(StaffURL.holidays.path), .text(text.holidaysTitle)
                    ),
                    .a(
                        .class("button button-secondary"), .href(StaffURL.requestSettings.path),
                        .text(text.requestSettingsTitle))),
                DataTable.render(
                    headers: [
                        strings[.requestType], strings[.requiredDocuments], strings[.serviceKindLabel],
                        strings[.status],
                    ],
                    rows: model.types.map { type in
                        [
                            .a(.href(StaffURL.requestTypeEdit(type.id).path), .text(type.name(in: context.language))),
                            .text(
                                type.requiredDocuments.map { strings.documentKind($0.kind) }.joined(
                                    separator: strings.listSeparator)),
                            .text(type.serviceKinds.map(strings.serviceKind).joined(separator: strings.listSeparator)),
                            .span(
                                .class(type.isActive ? "badge" : "badge badge-off"),
                                .text(type.isActive ? strings[.active] : strings[.inactive])),
                        ]
                    })
            ))
    }
}
