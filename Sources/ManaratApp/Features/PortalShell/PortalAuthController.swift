import Crypto
import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// Beneficiaries sign in with their identity number and mobile, then a one-time code.
///
/// Every answer is the same whether or not the identity is registered, so the form cannot be used
/// to find out who is a beneficiary. Codes are stored only as a keyed hash; limits hold across
/// instances because their counters live in the database.
struct PortalAuthController {
    static let codeLifetime: TimeInterval = 5 * 60
    static let maxTries = 5
    static let lockWindow: TimeInterval = 15 * 60
    static let sendsPerIdentity = 3
    static let sendsPerAddress = 10
    static let pendingCookie = "manarat_otp"

    struct SignInForm: Content {
        var identityNumber: String?
        var phone: String?
        var next: String?
    }

    func showSignIn(_ request: Request) async throws -> Response {
        if request.signedInBeneficiary != nil {
            return request.redirect(to: PortalURL.home.path, redirectType: .normal)
        }
        return renderSignIn(request, form: SignInForm(), errors: [], status: .ok)
    }

    func sendCode(_ request: Request) async throws -> Response {
        let form = try request.content.decode(SignInForm.self)
        let strings = request.strings
        var errors: [FieldError] = []
        let identity = Self.identity(form.identityNumber ?? "")
        if identity == nil {
            errors.append(FieldError(field: "identityNumber", message: strings[.portalIdentityInvalid]))
        }
        var phone: String?
        switch SaudiMobile.normalized(form.phone ?? "") {
        case .success(let value): phone = value
        case .failure: errors.append(FieldError(field: "phone", message: strings[.phoneInvalid]))
        }
        guard errors.isEmpty, let identity, let phone else {
            return renderSignIn(request, form: form, errors: errors, status: .unprocessableEntity)
        }
        return try await issueCode(request, identity: identity, phone: phone)
    }

    /// Creates a code for `identity` (sent only if the phone matches the file) and shows the code page.
    func issueCode(_ request: Request, identity: IdentityNumber, phone: String) async throws -> Response {
        let strings = request.strings
        let now = request.now
        let limits = RateLimitRepository(database: request.db)
        // Counters are named by the identity's keyed hash: the number is not stored in the clear.
        let identityKey = request.manarat.protection.index(identity.value)
        if try await limits.current("otp-fail:" + identityKey, window: Self.lockWindow, at: now) > Self.maxTries {
            return renderSignIn(
                request, form: SignInForm(),
                errors: [FieldError(field: "identityNumber", message: strings[.portalLocked])], status: .tooManyRequests
            )
        }
        let perIdentity = try await limits.hit(
            "otp-send:" + identityKey, limit: Self.sendsPerIdentity, window: Self.lockWindow, at: now)
        let perAddress = try await limits.hit(
            "otp-send-ip:" + (request.clientIP ?? "unknown"), limit: Self.sendsPerAddress, window: Self.lockWindow,
            at: now)
        guard perIdentity, perAddress else {
            return renderSignIn(
                request, form: SignInForm(),
                errors: [FieldError(field: "identityNumber", message: strings[.portalTooManyCodes])],
                status: .tooManyRequests)
        }
        let beneficiaryID = try await BeneficiaryRepository(database: request.db).find(identity: identity)
        let beneficiary = try await beneficiaryID.asyncFlatMap {
            try await BeneficiaryRepository(database: request.db).find(id: $0)
        }
        let matches = beneficiary.map { $0.phones.contains(phone) } ?? false
        let code = String(format: "%06d", Int.random(in: 0..<1_000_000))
        let rowID = request.newID()
        let key = request.manarat.signingKey
        let configuration = request.manarat.configuration
        let codeHash = Self.hash(code, rowID: rowID, key: key)
        try await request.db.writeTransaction { db in
            let portal = PortalRepository(database: db)
            _ = try await portal.storeCode(
                identityKey: identityKey, beneficiaryID: matches ? beneficiary?.id : nil, codeHash: codeHash, at: now,
                validFor: Self.codeLifetime, id: rowID)
            if matches, let beneficiary {
                try await Notifier(
                    database: db, settings: configuration.notifications, timeZone: configuration.timeZone, now: now
                )
                .notify(beneficiary, of: .oneTimeCode, .init(code: code, mobile: phone))
            }
        }
        let response = request.redirect(to: PortalURL.code.path, redirectType: .normal)
        response.cookies[Self.pendingCookie] = HTTPCookies.Value(
            string: Self.sign(rowID, key: key), expires: nil, maxAge: Int(Self.codeLifetime), domain: nil,
            path: "/portal", isSecure: request.isSecureConnection, isHTTPOnly: true, sameSite: .lax)
        return response
    }

    func showCode(_ request: Request) async throws -> Response {
        guard Self.pending(request) != nil else {
            return request.redirect(to: PortalURL.signIn.path, redirectType: .normal)
        }
        return renderCode(request, errors: [], status: .ok)
    }

    func verifyCode(_ request: Request) async throws -> Response {
        let strings = request.strings
        guard let rowID = Self.pending(request) else {
            return request.redirect(to: PortalURL.signIn.path, redirectType: .normal)
        }
        let typed = Digits.latinized(
            ((try? request.content.get(String.self, at: "code")) ?? "").trimmingCharacters(in: .whitespaces))
        let now = request.now
        let portal = PortalRepository(database: request.db)
        let limits = RateLimitRepository(database: request.db)
        guard
            try await limits.hit(
                "otp-verify-ip:" + (request.clientIP ?? "unknown"), limit: 60, window: Self.lockWindow, at: now)
        else { throw Abort(.tooManyRequests) }
        guard let code = try await portal.code(id: rowID) else {
            return request.redirect(to: PortalURL.signIn.path, redirectType: .normal)
        }
        if try await limits.current("otp-fail:" + code.identityKey, window: Self.lockWindow, at: now) >= Self.maxTries {
            _ = try await limits.hit(
                "otp-fail:" + code.identityKey, limit: Self.maxTries, window: Self.lockWindow, at: now)
            try await request.audited(
                action: .portalLocked, recordType: .identity, recordID: nil,
                summary: "one-time code locked after \(Self.maxTries) wrong tries"
            ) { _ in }
            return renderCode(
                request, errors: [FieldError(field: "code", message: strings[.portalLocked])], status: .tooManyRequests)
        }
        let key = request.manarat.signingKey
        let valid =
            !code.consumed && now < code.expiresAt && code.beneficiaryID != nil
            && CSRF.constantTimeEquals(Self.hash(typed, rowID: rowID, key: key), code.codeHash)
        guard valid, let beneficiaryID = code.beneficiaryID else {
            _ = try await limits.hit(
                "otp-fail:" + code.identityKey, limit: Self.maxTries, window: Self.lockWindow, at: now)
            let failures = try await limits.current("otp-fail:" + code.identityKey, window: Self.lockWindow, at: now)
            let message =
                now >= code.expiresAt
                ? strings[.portalCodeExpired]
                : strings.format(.portalCodeWrong, ["left": strings.number(max(0, Self.maxTries - failures))])
            return renderCode(request, errors: [FieldError(field: "code", message: message)], status: .unauthorized)
        }
        let token = Tokens.random()
        let clientIP = request.clientIP
        let identityKey = code.identityKey
        try await request.db.writeTransaction { db in
            try await PortalRepository(database: db).consume(id: rowID, at: now)
            try await SessionRepository(database: db).create(
                tokenHash: Tokens.hash(token), beneficiaryID: beneficiaryID, clientIP: clientIP, at: now)
            try await RateLimitRepository(database: db).reset("otp-fail:" + identityKey)
            try await AuditLog(database: db).append(
                AuditEvent(
                    actorID: beneficiaryID, actorName: "beneficiary", actingRole: "beneficiary", action: .portalSignIn,
                    recordType: .beneficiary, recordID: beneficiaryID.uuidString,
                    summary: "signed in with a one-time code", clientIP: clientIP), at: now)
        }
        let response = request.redirect(to: PortalURL.home.path, redirectType: .normal)
        response.cookies[SessionCookie.name] = SessionCookie.value(token, secure: request.isSecureConnection)
        response.cookies[Self.pendingCookie] = HTTPCookies.Value(
            string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, domain: nil, path: "/portal",
            isSecure: request.isSecureConnection, isHTTPOnly: true, sameSite: .lax)
        return response
    }

    func signOut(_ request: Request) async throws -> Response {
        if let beneficiary = request.signedInBeneficiary {
            try await request.audited(
                action: .portalSignOut, recordType: .beneficiary, recordID: beneficiary.id.uuidString,
                summary: "signed out"
            ) { db in
                try await SessionRepository(database: db).delete(id: beneficiary.sessionID)
            }
        }
        let response = request.redirect(to: PublicURL.home.path, redirectType: .normal)
        response.cookies[SessionCookie.name] = SessionCookie.expired(secure: request.isSecureConnection)
        return response
    }

    // MARK: Registration

    struct RegisterForm: Content {
        var identityType: String?
        var identityNumber: String?
        var firstName: String?
        var fatherName: String?
        var familyName: String?
        var phone: String?
        var city: String?
        var consent: String?
    }

    func showRegister(_ request: Request) async throws -> Response {
        renderRegister(
            request, form: RegisterForm(identityType: IdentityType.nationalID.rawValue), errors: [], status: .ok)
    }

    func register(_ request: Request) async throws -> Response {
        let form = try request.content.decode(RegisterForm.self)
        let strings = request.strings
        var errors: [FieldError] = []
        let type: IdentityType = form.identityType == IdentityType.iqama.rawValue ? .iqama : .nationalID
        var identity: IdentityNumber?
        switch IdentityNumber.parse(form.identityNumber ?? "", type: type) {
        case .success(let value): identity = value
        case .failure(let problem):
            errors.append(
                FieldError(field: "identityNumber", message: IdentityMessages.message(problem, strings: strings)))
        }
        var phone: String?
        switch SaudiMobile.normalized(form.phone ?? "") {
        case .success(let value): phone = value
        case .failure: errors.append(FieldError(field: "phone", message: strings[.phoneInvalid]))
        }
        func name(_ value: String?, _ field: String, _ label: Key) -> String {
            let trimmed = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.count > 60 {
                errors.append(
                    FieldError(field: field, message: strings.format(.fieldRequiredNamed, ["field": strings[label]])))
            }
            return trimmed
        }
        let first = name(form.firstName, "firstName", .firstName)
        let father = name(form.fatherName, "fatherName", .fatherName)
        let family = name(form.familyName, "familyName", .familyName)
        let city = name(form.city, "city", .city)
        if form.consent != "on" {
            errors.append(FieldError(field: "consent", message: strings[.portalConsentRequired]))
        }
        guard errors.isEmpty, let identity, let phone else {
            return renderRegister(request, form: form, errors: errors, status: .unprocessableEntity)
        }
        // An identity already registered gets the same next page as a new one: a code, sent only to the phone on file.
        if try await BeneficiaryRepository(database: request.db).find(identity: identity) == nil {
            let id = request.manarat.configuration.ids.next()
            let now = request.now
            let language = request.language
            let consent = ConsentRecord(
                noticeVersion: PrivacyNotice.currentVersion, channel: .website, staffID: nil, givenAt: now)
            try await request.audited(
                action: .portalRegister, recordType: .beneficiary, recordID: id.uuidString,
                summary: "registered online; consent \(PrivacyNotice.currentVersion)"
            ) { db in
                let repository = BeneficiaryRepository(database: db)
                let beneficiary = Beneficiary(
                    id: id, fileNumber: try await repository.nextFileNumber(),
                    name: PersonName(first: first, father: father, grandfather: "", family: family), latinName: "",
                    identity: identity, identityExpiresOn: nil, nationality: type == .nationalID ? "سعودي" : "",
                    gender: .male, bornOn: nil, maritalStatus: .single, phones: [phone], city: city, district: "",
                    address: "", nationalAddressCode: "", incomeSources: "", healthConditions: "",
                    preferredLanguage: language, preferredChannel: .website, branchID: nil, categoryIDs: [], version: 1)
                try await repository.create(beneficiary, consent: consent, at: now)
            }
        }
        return try await issueCode(request, identity: identity, phone: phone)
    }

    // MARK: Helpers

    /// A typed identity number: a national ID or an Iqama, told apart by its first digit.
    static func identity(_ text: String) -> IdentityNumber? {
        let digits = Digits.latinized(text).filter { !$0.isWhitespace }
        let type: IdentityType = digits.hasPrefix("2") ? .iqama : .nationalID
        return try? IdentityNumber.parse(digits, type: type).get()
    }

    static func hash(_ code: String, rowID: UUID, key: SymmetricKey) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data((rowID.uuidString + ":" + code).utf8), using: key)
        return Data(mac).base64URLEncoded()
    }

    static func sign(_ rowID: UUID, key: SymmetricKey) -> String {
        let id = rowID.uuidString.lowercased()
        let mac = HMAC<SHA256>.authenticationCode(for: Data(("otp|" + id).utf8), using: key)
        return id + "." + Data(mac).base64URLEncoded()
    }

    /// The pending code's row id from the signed cookie, if the signature holds.
    static func pending(_ request: Request) -> UUID? {
        guard let value = request.incomingCookies[pendingCookie]?.string else { return nil }
        let parts = value.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let id = UUID(uuidString: parts[0]),
            CSRF.constantTimeEquals(sign(id, key: request.manarat.signingKey), value)
        else { return nil }
        return id
    }

    private func renderSignIn(_ request: Request, form: SignInForm, errors: [FieldError], status: HTTPResponseStatus)
        -> Response
    {
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings[.portalSignInTitle], context: context,
                content: .div(
                    .class("card narrow"),
                    .h1(.text(strings[.portalSignInTitle])),
                    .p(.text(strings[.portalSignInIntro])),
                    FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                    .form(
                        .method(.post), .action(PortalURL.signIn.path),
                        Layout.csrfField(context.csrfToken),
                        FormFields.text(
                            name: "identityNumber", label: strings[.portalIdentityLabel], value: form.identityNumber,
                            errors: errors, autocomplete: "off", required: true, hint: strings[.portalIdentityHint],
                            direction: "ltr"),
                        FormFields.text(
                            name: "phone", label: strings[.phone], value: form.phone, errors: errors, type: .tel,
                            autocomplete: "tel", required: true, example: "05XXXXXXXX", direction: "ltr"),
                        .div(.class("actions"), .button(.type(.submit), .text(strings[.portalSendCode])))),
                    .p(
                        .text(strings[.portalNewHere] + " "),
                        .a(.href(PortalURL.register.path), .text(strings[.portalRegisterLink])))
                )), status: status)
    }

    private func renderCode(_ request: Request, errors: [FieldError], status: HTTPResponseStatus) -> Response {
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings[.portalCodeTitle], context: context,
                content: .div(
                    .class("card narrow"),
                    .h1(.text(strings[.portalCodeTitle])),
                    .p(.text(strings[.portalCodeIntro])),
                    FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                    .form(
                        .method(.post), .action(PortalURL.code.path),
                        Layout.csrfField(context.csrfToken),
                        FormFields.text(
                            name: "code", label: strings[.portalCodeLabel], value: nil, errors: errors,
                            autocomplete: "one-time-code", required: true, direction: "ltr"),
                        .div(.class("actions"), .button(.type(.submit), .text(strings[.portalVerify])))),
                    .p(.a(.href(PortalURL.signIn.path), .text(strings[.portalResend])))
                )), status: status)
    }

    private func renderRegister(
        _ request: Request, form: RegisterForm, errors: [FieldError], status: HTTPResponseStatus
    ) -> Response {
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings[.portalRegisterTitle], context: context,
                content: .div(
                    .class("card narrow"),
                    .h1(.text(strings[.portalRegisterTitle])),
                    FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                    .form(
                        .method(.post), .action(PortalURL.register.path),
                        Layout.csrfField(context.csrfToken),
                        FormFields.select(
                            name: "identityType", label: strings[.identityType],
                            options: [
                                (value: IdentityType.nationalID.rawValue, label: strings.identityType(.nationalID)),
                                (value: IdentityType.iqama.rawValue, label: strings.identityType(.iqama)),
                            ], selected: form.identityType, errors: errors),
                        FormFields.text(
                            name: "identityNumber", label: strings[.identityNumber], value: form.identityNumber,
                            errors: errors, autocomplete: "off", required: true, direction: "ltr"),
                        FormFields.text(
                            name: "firstName", label: strings[.firstName], value: form.firstName, errors: errors,
                            autocomplete: "given-name", required: true),
                        FormFields.text(
                            name: "fatherName", label: strings[.fatherName], value: form.fatherName, errors: errors,
                            required: true),
                        FormFields.text(
                            name: "familyName", label: strings[.familyName], value: form.familyName, errors: errors,
                            autocomplete: "family-name", required: true),
                        FormFields.text(
                            name: "phone", label: strings[.phone], value: form.phone, errors: errors, type: .tel,
                            autocomplete: "tel", required: true, example: "05XXXXXXXX", direction: "ltr"),
                        FormFields.text(
                            name: "city", label: strings[.city], value: form.city, errors: errors, required: true),
                        .div(
                            .class("alert alert-info"),
                            .p(.text(strings.format(.consentText, ["version": PrivacyNotice.currentVersion])))),
                        .unwrap(errors.first { $0.field == "consent" }) {
                            .p(.class("error"), .id("consent-error"), .text($0.message))
                        },
                        FormFields.checkbox(
                            name: "consent", label: strings[.portalConsentCheckbox], checked: form.consent == "on"),
                        .div(.class("actions"), .button(.type(.submit), .text(strings[.portalRegisterButton]))))
                )), status: status)
    }
}
