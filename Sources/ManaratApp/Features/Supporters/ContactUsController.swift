import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// The public "contact us" page: the policy's channels, the branches, and a form for supporters
/// and donors, which becomes a supporter record with the message logged as a website contact.
struct ContactUsController {
    struct Form: Content {
        var name: String?
        var organization: String?
        var phone: String?
        var email: String?
        var message: String?
    }

    func show(_ request: Request) async throws -> Response {
        try await render(
            request, form: Form(), errors: [], sent: (try? request.query.get(String.self, at: "sent")) == "1",
            status: .ok)
    }

    func submit(_ request: Request) async throws -> Response {
        let form = try request.content.decode(Form.self)
        let strings = request.strings
        guard
            try await RateLimitRepository(database: request.db).hit(
                "contact-ip:" + (request.clientIP ?? "unknown"), limit: 10, window: 3600, at: request.now)
        else { throw Abort(.tooManyRequests) }
        var errors: [FieldError] = []
        let name = (form.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.count > 150 {
            errors.append(
                FieldError(field: "name", message: strings.format(.fieldRequiredNamed, ["field": strings[.fullName]])))
        }
        var phone: String?
        if let typed = form.phone?.trimmingCharacters(in: .whitespaces), !typed.isEmpty {
            switch SaudiMobile.normalized(typed) {
            case .success(let value): phone = value
            case .failure: errors.append(FieldError(field: "phone", message: strings[.phoneInvalid]))
            }
        }
        let email = (form.email ?? "").trimmingCharacters(in: .whitespaces)
        if !email.isEmpty, !EmailAddress.looksValid(email) {
            errors.append(FieldError(field: "email", message: strings[.emailInvalid]))
        }
        if phone == nil, email.isEmpty, errors.allSatisfy({ $0.field != "phone" && $0.field != "email" }) {
            errors.append(FieldError(field: "phone", message: strings[.phoneOrEmailRequired]))
        }
        let message = (form.message ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if message.isEmpty || message.count > 3000 {
            errors.append(
                FieldError(
                    field: "message", message: strings.format(.fieldRequiredNamed, ["field": strings[.contactMessage]]))
            )
        }
        guard errors.isEmpty else {
            return try await render(request, form: form, errors: errors, sent: false, status: .unprocessableEntity)
        }
        let organization = (form.organization ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let ids = request.manarat.configuration.ids
        let supporter = Supporter(
            id: ids.next(), kind: organization.isEmpty ? .person : .organization,
            name: organization.isEmpty ? name : organization, contactPerson: organization.isEmpty ? "" : name,
            phone: phone, email: email, city: "",
            allowedChannels: Set(
                [phone == nil ? nil : ContactChannel.phone, email.isEmpty ? nil : .website].compactMap { $0 }),
            wantsNews: false, notes: "")
        let contact = Contact(
            id: ids.next(), partyKind: .supporter, partyID: supporter.id, channel: .website, direction: .incoming,
            branchID: nil, staffID: nil, summary: String(message.prefix(3000)),
            followUpOn: GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone).adding(days: 2),
            followUpDone: false, occurredAt: request.now)
        let now = request.now
        try await request.audited(
            action: .supporterContactForm, recordType: .supporter, recordID: supporter.id.uuidString,
            summary: "message from the public contact form"
        ) { db in
            try await SupporterRepository(database: db).save(supporter, at: now)
            try await ContactRepository(database: db).add(contact)
        }
        return request.redirect(to: PublicURL.contact.path(query: [("sent", "1")]), redirectType: .normal)
    }

    private func render(_ request: Request, form: Form, errors: [FieldError], sent: Bool, status: HTTPResponseStatus)
        async throws -> Response
    {
        let branches = try await BranchRepository(database: request.db).all().filter(\.isActive)
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings[.contactTitle], context: context,
                content: .group(
                    .h1(.text(strings[.contactTitle])),
                    .section(
                        .class("card"), .h2(.text(strings[.homeChannels])),
                        .ul(.forEach(ContactChannel.allCases) { .li(.text(strings.channel($0))) })),
                    .section(
                        .class("card"), .h2(.text(strings[.navBranches])),
                        .ul(.forEach(branches) { .li(.text($0.name(in: context.language) + " — " + $0.city)) })),
                    .section(
                        .class("card narrow"),
                        .h2(.text(strings[.supporterFormTitle])),
                        .p(.class("muted"), .text(strings[.supporterFormIntro])),
                        .if(
                            sent,
                            .div(
                                .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                                .text(strings[.contactSent]))),
                        FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                        .form(
                            .method(.post), .action(PublicURL.contact.path),
                            Layout.csrfField(context.csrfToken),
                            FormFields.text(
                                name: "name", label: strings[.fullName], value: form.name, errors: errors,
                                autocomplete: "name", required: true),
                            FormFields.text(
                                name: "organization", label: strings[.organizationOptional], value: form.organization,
                                errors: errors, autocomplete: "organization"),
                            FormFields.text(
                                name: "phone", label: strings[.phone], value: form.phone, errors: errors, type: .tel,
                                autocomplete: "tel", example: "05XXXXXXXX", direction: "ltr"),
                            FormFields.text(
                                name: "email", label: strings[.emailOptional], value: form.email, errors: errors,
                                type: .email, autocomplete: "email", direction: "ltr"),
                            FormFields.textArea(
                                name: "message", label: strings[.contactMessage], value: form.message, errors: errors,
                                rows: 4),
                            .p(.class("muted"), .text(strings[.contactPrivacy])),
                            .div(.class("actions"), .button(.type(.submit), .text(strings[.sendApplication])))))
                )), status: status)
    }
}
