import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// Administrators manage the beneficiary categories (الفئات المستفيدة).
struct CategoryController {
    struct Form: Content {
        var code: String?
        var nameArabic: String?
        var nameEnglish: String?
        var isActive: String?
    }

    func list(_ request: Request) async throws -> Response {
        let categories = try await CategoryRepository(database: request.db).all()
        let context = PageContext(request: request)
        let strings = context.strings
        let saved = (try? request.query.get(String.self, at: "saved")) == "1"
        let html = Layout.render(
            title: strings[.categoriesTitle], context: context,
            content: .group(
                .h1(.text(strings[.categoriesTitle])),
                .if(
                    saved,
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.savedNotice]))),
                .div(
                    .class("actions"),
                    .a(.class("button"), .href(StaffURL.categoryNew.path), .text(strings[.categoryNewTitle]))),
                DataTable.render(
                    headers: [strings[.categoryCode], strings[.nameArabic], strings[.nameEnglish], strings[.status]],
                    rows: categories.map { category in
                        [
                            .a(
                                .href(StaffURL.categoryEdit(category.id).path),
                                .span(.class("ltr"), .text(category.code))),
                            .text(category.nameArabic),
                            .span(.attribute(named: "lang", value: "en"), .text(category.nameEnglish)),
                            .span(
                                .class(category.isActive ? "badge" : "badge badge-off"),
                                .text(category.isActive ? strings[.active] : strings[.inactive])),
                        ]
                    }
                )
            ))
        return .html(html)
    }

    func showNew(_ request: Request) async throws -> Response {
        render(request, id: nil, form: Form(isActive: "on"), errors: [], status: .ok)
    }

    func showEdit(_ request: Request) async throws -> Response {
        let category = try await find(request)
        return render(
            request, id: category.id,
            form: Form(
                code: category.code, nameArabic: category.nameArabic, nameEnglish: category.nameEnglish,
                isActive: category.isActive ? "on" : nil), errors: [], status: .ok)
    }

    func create(_ request: Request) async throws -> Response {
        try await save(request, existing: nil)
    }

    func update(_ request: Request) async throws -> Response {
        try await save(request, existing: try await find(request))
    }

    private func save(_ request: Request, existing: BeneficiaryCategory?) async throws -> Response {
        let form = try request.content.decode(Form.self)
        let strings = request.strings
        var errors: [FieldError] = []
        let code = StaffRules.normalizedCode(form.code ?? "") ?? ""
        if code.isEmpty {
            errors.append(FieldError(field: "code", message: strings[.categoryCodeInvalid]))
        } else if try await CategoryRepository(database: request.db).codeTaken(code, except: existing?.id) {
            errors.append(FieldError(field: "code", message: strings[.categoryCodeTaken]))
        }
        let arabic = (form.nameArabic ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let english = (form.nameEnglish ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if arabic.isEmpty || arabic.count > 100 {
            errors.append(FieldError(field: "nameArabic", message: strings[.fieldRequired]))
        }
        if english.isEmpty || english.count > 100 {
            errors.append(FieldError(field: "nameEnglish", message: strings[.fieldRequired]))
        }
        guard errors.isEmpty else {
            return render(request, id: existing?.id, form: form, errors: errors, status: .unprocessableEntity)
        }
        let category = BeneficiaryCategory(
            id: existing?.id ?? request.manarat.configuration.ids.next(), code: code, nameArabic: arabic,
            nameEnglish: english, isActive: form.isActive == "on")
        try await request.audited(
            action: existing == nil ? .categoryCreate : .categoryUpdate, recordType: .category,
            recordID: category.id.uuidString,
            summary: "code=\(code) ar=\(arabic) en=\(english) active=\(category.isActive)"
        ) { db in
            try await CategoryRepository(database: db).save(category)
        }
        return request.redirect(to: StaffURL.categories.path(query: [("saved", "1")]), redirectType: .normal)
    }

    private func find(_ request: Request) async throws -> BeneficiaryCategory {
        guard let id = request.parameter(.categoryID, as: UUID.self),
            let category = try await CategoryRepository(database: request.db).find(id: id)
        else { throw Abort(.notFound) }
        return category
    }

    private func render(_ request: Request, id: UUID?, form: Form, errors: [FieldError], status: HTTPResponseStatus)
        -> Response
    {
        let context = PageContext(request: request)
        let strings = context.strings
        let title = id == nil ? strings[.categoryNewTitle] : strings[.categoryEditTitle]
        let html = Layout.render(
            title: title, context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(title)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(id.map { StaffURL.categoryEdit($0).path } ?? StaffURL.categoryNew.path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: "code", label: strings[.categoryCode], value: form.code, errors: errors, required: true,
                        hint: strings[.categoryCodeHint], example: "orphans", direction: "ltr"),
                    FormFields.text(
                        name: "nameArabic", label: strings[.nameArabic], value: form.nameArabic, errors: errors,
                        required: true, direction: "rtl"),
                    FormFields.text(
                        name: "nameEnglish", label: strings[.nameEnglish], value: form.nameEnglish, errors: errors,
                        required: true, direction: "ltr"),
                    FormFields.checkbox(
                        name: "isActive", label: strings[.categoryActive], checked: form.isActive == "on"),
                    .div(
                        .class("actions"), .button(.type(.submit), .text(strings[.save])),
                        .a(.href(StaffURL.categories.path), .text(strings[.cancel])))
                )
            ))
        return .html(html, status: status)
    }
}
