import ManaratDomain
import Plot

extension DeclarationsPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = ConflictText(strings: strings)
        let errors = model.problems.map { FieldError(field: $0.field.rawValue, message: text.problem($0)) }
        typealias Field = DeclarationForm.Field
        return Layout.render(
            title: text.declarationsTitle, context: context,
            content: .group(
                .h1(.text(text.declarationsTitle)),
                .p(.class("muted"), .text(text.declarationsExplain)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .if(
                    !model.declarations.isEmpty,
                    DataTable.render(
                        headers: [
                            strings[.relation], strings[.identityNumber], strings[.notes], strings[.actionsColumn],
                        ],
                        rows: model.declarations.map { declaration in
                            [
                                .text(text.relation(stored: declaration.relation)),
                                .span(.class("ltr"), .text(declaration.identityNumber)),
                                .text(declaration.note.isEmpty ? "—" : declaration.note),
                                .form(
                                    .method(.post), .action(StaffURL.declarationWithdraw(declaration.id).path),
                                    .class("inline-form"), Layout.csrfField(context.csrfToken),
                                    .button(.type(.submit), .class("link-button"), .text(strings[.remove]))),
                            ]
                        })),
                .form(
                    .method(.post), .action(StaffURL.declarations.path), .class("card"),
                    Layout.csrfField(context.csrfToken),
                    .div(
                        .class("grid-2"),
                        FormFields.select(
                            name: Field.relation.rawValue, label: strings[.relation],
                            options: DeclaredRelation.all.map { (value: $0.rawValue, label: text.relation($0)) },
                            selected: nil, errors: errors),
                        FormFields.select(
                            name: Field.identityType.rawValue, label: strings[.identityType],
                            options: IdentityType.allCases.map {
                                (value: $0.rawValue, label: strings.identityType($0))
                            }, selected: nil, errors: errors),
                        FormFields.text(
                            name: Field.identityNumber.rawValue, label: strings[.identityNumber], value: nil,
                            errors: errors, direction: "ltr")),
                    FormFields.textArea(
                        name: Field.note.rawValue, label: text.otherInterests, value: nil, errors: errors, rows: 2),
                    .button(.type(.submit), .text(text.addDeclaration)))
            ))
    }
}
