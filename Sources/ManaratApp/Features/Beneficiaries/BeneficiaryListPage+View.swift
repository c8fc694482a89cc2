import Foundation
import ManaratDomain
import Plot

extension BeneficiaryListPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = BeneficiaryText(strings: strings)
        return Layout.render(
            title: text.beneficiariesTitle, context: context,
            content: .group(
                .h1(.text(text.beneficiariesTitle)),
                .form(
                    .method(.get), .action(StaffURL.beneficiaries.path), .class("card search-form"),
                    .attribute(named: "role", value: "search"),
                    FormFields.text(
                        name: "q", label: strings[.searchLabel], value: model.query, errors: [], type: .search,
                        hint: text.searchHint),
                    .button(.type(.submit), .text(strings[.searchButton]))
                ),
                .if(
                    model.mayCreate,
                    .div(
                        .class("actions"),
                        .a(.class("button"), .href(StaffURL.beneficiaryNew.path), .text(text.beneficiaryNewTitle)))
                ),
                .if(
                    model.rows.isEmpty,
                    .p(
                        .class("card"),
                        .text(model.query.isEmpty ? text.beneficiariesEmpty : strings[.searchNoResults]))),
                .if(
                    !model.rows.isEmpty,
                    DataTable.render(
                        headers: [
                            strings[.fileNumber], strings[.fullName], strings[.identityNumber], strings[.phone],
                            strings[.city], strings[.bornOn],
                        ],
                        rows: model.rows.map { row in
                            [
                                .span(.class("ltr nowrap"), .text(row.fileNumber)),
                                .a(.href(StaffURL.beneficiary(row.id).path), .text(row.fullName)),
                                .span(.class("ltr"), .text(row.identity.value)),
                                .span(
                                    .class("ltr nowrap"),
                                    .text(row.phone.isEmpty ? "—" : SaudiMobile.display(row.phone))),
                                .text(row.city),
                                context.dates.cell(row.bornOn),
                            ]
                        }
                    )),
                .div(
                    .class("pager"),
                    .unwrap(model.previousPath) {
                        .a(.href($0), .attribute(named: "rel", value: "prev"), .text(strings[.previousPage]))
                    },
                    .span(.text(strings.format(.pageNumber, ["page": strings.number(model.page)]))),
                    .unwrap(model.nextPath) {
                        .a(.href($0), .attribute(named: "rel", value: "next"), .text(strings[.nextPage]))
                    }
                )
            ))
    }
}
