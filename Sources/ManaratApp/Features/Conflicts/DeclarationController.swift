import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// Staff declare their relatives and interests; administrators see every declaration and recusal.
struct DeclarationController {
    func mine(_ request: Request) async throws -> Response {
        try await renderMine(request, errors: [], status: .ok)
    }

    func declare(_ request: Request) async throws -> Response {
        let strings = request.strings
        let staff = request.staff!
        let relation = ((try? request.content.get(String.self, at: "relation")) ?? "").trimmingCharacters(
            in: .whitespaces)
        let note = String(((try? request.content.get(String.self, at: "note")) ?? "").prefix(1000))
        let type =
            (try? request.content.get(String.self, at: "identityType")).flatMap(IdentityType.init(rawValue:))
            ?? .nationalID
        var errors: [FieldError] = []
        var identity = ""
        switch IdentityNumber.parse((try? request.content.get(String.self, at: "identityNumber")) ?? "", type: type) {
        case .success(let value): identity = value.value
        case .failure(let problem):
            errors.append(
                FieldError(field: "identityNumber", message: IdentityMessages.message(problem, strings: strings)))
        }
        let relations = ["self"] + Relation.allCases.map(\.rawValue)
        if !relations.contains(relation) {
            errors.append(FieldError(field: "relation", message: strings[.fieldRequired]))
        }
        guard errors.isEmpty else { return try await renderMine(request, errors: errors, status: .unprocessableEntity) }
        let now = request.now
        let declared = identity
        try await request.audited(
            action: .declarationAdd, recordType: .staff, recordID: staff.id.uuidString, summary: "declared \(relation)"
        ) { db in
            _ = try await ConflictRepository(database: db).declare(
                staffID: staff.id, identityNumber: declared, relation: relation, note: note, at: now)
        }
        return request.redirect(to: StaffURL.declarations.path, redirectType: .normal)
    }

    func withdraw(_ request: Request) async throws -> Response {
        let staff = request.staff!
        guard let id = request.parameter(.declarationID, as: UUID.self) else { throw Abort(.notFound) }
        try await request.audited(
            action: .declarationWithdraw, recordType: .staff, recordID: staff.id.uuidString,
            summary: "withdrew declaration \(id.uuidString.lowercased())"
        ) { db in
            guard try await ConflictRepository(database: db).withdraw(id: id, staffID: staff.id) else {
                throw Abort(.notFound)
            }
        }
        return request.redirect(to: StaffURL.declarations.path, redirectType: .normal)
    }

    private func renderMine(_ request: Request, errors: [FieldError], status: HTTPResponseStatus) async throws
        -> Response
    {
        let declarations = try await ConflictRepository(database: request.db).declarations(of: request.staff!.id)
        let context = PageContext(request: request)
        let strings = context.strings
        let relationOptions =
            [(value: "self", label: strings[.relationSelf])]
            + Relation.allCases.map { (value: $0.rawValue, label: strings.relation($0)) }
        let html = Layout.render(
            title: strings[.declarationsTitle], context: context,
            content: .group(
                .h1(.text(strings[.declarationsTitle])),
                .p(.class("muted"), .text(strings[.declarationsExplain])),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .if(
                    !declarations.isEmpty,
                    DataTable.render(
                        headers: [
                            strings[.relation], strings[.identityNumber], strings[.notes], strings[.actionsColumn],
                        ],
                        rows: declarations.map { declaration in
                            [
                                .text(
                                    declaration.relation == "self"
                                        ? strings[.relationSelf]
                                        : Relation(rawValue: declaration.relation).map(strings.relation)
                                            ?? declaration.relation),
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
                            name: "relation", label: strings[.relation], options: relationOptions, selected: nil,
                            errors: errors),
                        FormFields.select(
                            name: "identityType", label: strings[.identityType],
                            options: IdentityType.allCases.map {
                                (value: $0.rawValue, label: strings.identityType($0))
                            }, selected: nil, errors: errors),
                        FormFields.text(
                            name: "identityNumber", label: strings[.identityNumber], value: nil, errors: errors,
                            direction: "ltr")),
                    FormFields.textArea(
                        name: "note", label: strings[.otherInterests], value: nil, errors: errors, rows: 2),
                    .button(.type(.submit), .text(strings[.addDeclaration])))
            ))
        return .html(html, status: status)
    }

    func overview(_ request: Request) async throws -> Response {
        let repository = ConflictRepository(database: request.db)
        let declarations = try await repository.allDeclarations()
        let recusals = try await repository.recusals()
        let references = try await RequestRepository(database: request.db).references(of: recusals.map(\.requestID))
        let staff = Dictionary(
            uniqueKeysWithValues: try await StaffRepository(database: request.db).all().map { ($0.id, $0.displayName) })
        let context = PageContext(request: request)
        let strings = context.strings
        let html = Layout.render(
            title: strings[.conflictsTitle], context: context,
            content: .group(
                .h1(.text(strings[.conflictsTitle])),
                .h2(.text(strings[.recusalsTitle])),
                .if(recusals.isEmpty, .p(.class("muted"), .text(strings[.noRecusals]))),
                .if(
                    !recusals.isEmpty,
                    DataTable.render(
                        headers: [
                            strings[.auditWhen], strings[.displayName], strings[.auditAction],
                            strings[.requestReference],
                        ],
                        rows: recusals.map { recusal in
                            [
                                .text(context.dates.dualWithTime(recusal.createdAt)),
                                .text(staff[recusal.staffID] ?? ""), .text(recusal.action + " — " + recusal.reason),
                                .a(
                                    .href(StaffURL.request(recusal.requestID).path),
                                    .span(
                                        .class("ltr nowrap"), .text(references[recusal.requestID] ?? strings[.openFile])
                                    )),
                            ]
                        })),
                .h2(.text(strings[.declarationsTitle])),
                .if(declarations.isEmpty, .p(.class("muted"), .text(strings[.noRecordsYet]))),
                .if(
                    !declarations.isEmpty,
                    DataTable.render(
                        headers: [
                            strings[.displayName], strings[.relation], strings[.identityNumber], strings[.auditWhen],
                        ],
                        rows: declarations.map { declaration in
                            [
                                .text(staff[declaration.staffID] ?? ""),
                                .text(
                                    declaration.relation == "self"
                                        ? strings[.relationSelf]
                                        : Relation(rawValue: declaration.relation).map(strings.relation)
                                            ?? declaration.relation),
                                .span(.class("ltr"), .text(declaration.identityNumber)),
                                .text(
                                    context.dates.dual(GregorianDay(declaration.createdAt, timeZone: context.timeZone))),
                            ]
                        }))
            ))
        return .html(html)
    }
}
