@preconcurrency import Crypto
import Foundation
import ManaratDomain
import ManaratPersistence

/// Portal sign-in with a one-time code, and registration, given everything they need: the store,
/// the attempt counter, the code sender, the clock, the id generator, the code generator, the
/// signing key and the identity index; with each call the address and the tokens. It holds no
/// request, so a test runs it on in-memory twins and reads every code it sent.
///
/// Every answer is the same whether or not the identity is registered, so the forms cannot be
/// used to find out who is a beneficiary. Codes are stored only as a keyed hash; limits hold
/// across instances because their counters live in the database.
struct PortalSignInService: Sendable {
    let store: any PortalAccessStore
    let attempts: any AttemptCounter
    let sender: PortalCodeSender
    let clock: WallClock
    let ids: IDGenerator
    /// A new six-digit code.
    let newCode: @Sendable () -> String
    /// The key codes are hashed with.
    let key: SymmetricKey
    /// The keyed hash of an identity number: counters are named by it, never by the number.
    let identityIndex: @Sendable (String) -> String
    var limits = PortalSignInLimits.standard

    /// Issues a code for `identity`, sent only if `mobile` is on its file, unless a limit says no.
    func requestCode(identity: IdentityNumber, mobile: String, from clientIP: String?) async throws
        -> PortalCodeOutcome
    {
        let now = clock.now()
        let identityKey = identityIndex(identity.value)
        if try await attempts.current("otp-fail:" + identityKey, window: limits.window, at: now) > limits.maxTries {
            return .locked
        }
        let perIdentity = try await attempts.hit(
            "otp-send:" + identityKey, limit: limits.sendsPerIdentity, window: limits.window, at: now)
        let perAddress = try await attempts.hit(
            "otp-send-ip:" + (clientIP ?? "unknown"), limit: limits.sendsPerAddress, window: limits.window, at: now)
        guard perIdentity, perAddress else { return .tooManyCodes }
        let beneficiary = try await store.beneficiary(identity: identity)
        let matched = beneficiary.flatMap { $0.phones.contains(mobile) ? $0 : nil }
        let code = newCode()
        let id = ids.next()
        try await store.storeCode(
            PortalCode(
                id: id, identityKey: identityKey, beneficiaryID: matched?.id,
                codeHash: Self.hash(code, rowID: id, key: key),
                expiresAt: now.addingTimeInterval(limits.codeLifetime), consumed: false), at: now)
        if let matched { try await sender.send(matched, code, mobile) }
        return .issued(id: id)
    }

    /// Checks `typed` against the code `codeID`; on success the session `newToken` opens.
    func verify(codeID: UUID, typed: String, from clientIP: String?, newToken: String) async throws
        -> PortalVerifyOutcome
    {
        let now = clock.now()
        guard
            try await attempts.hit(
                "otp-verify-ip:" + (clientIP ?? "unknown"), limit: limits.verificationsPerAddress,
                window: limits.window, at: now)
        else { return .rateLimited }
        guard let code = try await store.code(id: codeID) else { return .noSuchCode }
        let failureKey = "otp-fail:" + code.identityKey
        if try await attempts.current(failureKey, window: limits.window, at: now) >= limits.maxTries {
            _ = try await attempts.hit(failureKey, limit: limits.maxTries, window: limits.window, at: now)
            try await store.record(
                Self.anonymous(
                    .portalLocked, recordType: .identity, recordID: nil,
                    summary: "one-time code locked after \(limits.maxTries) wrong tries", clientIP: clientIP), at: now)
            return .locked
        }
        let typedCode = Digits.latinized(typed.trimmingCharacters(in: .whitespaces))
        let valid =
            !code.consumed && now < code.expiresAt && code.beneficiaryID != nil
            && CSRF.constantTimeEquals(Self.hash(typedCode, rowID: codeID, key: key), code.codeHash)
        guard valid, let beneficiaryID = code.beneficiaryID else {
            _ = try await attempts.hit(failureKey, limit: limits.maxTries, window: limits.window, at: now)
            if now >= code.expiresAt { return .expired }
            let failures = try await attempts.current(failureKey, window: limits.window, at: now)
            return .wrong(left: max(0, limits.maxTries - failures))
        }
        let audit = AuditEvent(
            actorID: beneficiaryID, actorName: "beneficiary", actingRole: "beneficiary", action: .portalSignIn,
            recordType: .beneficiary, recordID: beneficiaryID.uuidString, summary: "signed in with a one-time code",
            clientIP: clientIP)
        try await store.openSession(
            codeID: codeID, beneficiaryID: beneficiaryID, tokenHash: Tokens.hash(newToken), clientIP: clientIP,
            failureKey: failureKey, audit: audit, at: now)
        return .signedIn(beneficiaryID: beneficiaryID)
    }

    /// Opens a file for `registration` in `language` unless its identity has one, then issues a
    /// code as sign-in does: an identity already registered gets the same next page as a new one.
    func register(_ registration: PortalRegistration, language: Language, from clientIP: String?) async throws
        -> PortalCodeOutcome
    {
        if try await store.beneficiary(identity: registration.identity) == nil {
            let id = ids.next()
            let now = clock.now()
            let consent = ConsentRecord(
                noticeVersion: PrivacyNotice.currentVersion, channel: .website, staffID: nil, givenAt: now)
            let audit = Self.anonymous(
                .portalRegister, recordType: .beneficiary, recordID: id.uuidString,
                summary: "registered online; consent \(PrivacyNotice.currentVersion)", clientIP: clientIP)
            do {
                try await store.register(
                    { fileNumber in registration.beneficiary(id: id, fileNumber: fileNumber, language: language) },
                    consent: consent, audit: audit, at: now)
            } catch RegistryConflict.identityTaken {
                // Registered a moment ago by someone else: the same answer as for a known identity.
            }
        }
        return try await requestCode(identity: registration.identity, mobile: registration.mobile, from: clientIP)
    }

    /// Ends the portal session `sessionID`.
    func signOut(sessionID: UUID, audit: AuditEvent) async throws {
        try await store.endSession(id: sessionID, audit: audit, at: clock.now())
    }

    /// The keyed hash of `code` for the row `rowID`: the row is bound in, so a hash cannot be
    /// moved to another row.
    static func hash(_ code: String, rowID: UUID, key: SymmetricKey) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data((rowID.uuidString + ":" + code).utf8), using: key)
        return Data(mac).base64URLEncoded()
    }

    /// An event with no signed-in actor, from `clientIP`.
    private static func anonymous(
        _ action: AuditAction, recordType: RecordType, recordID: String?, summary: String, clientIP: String?
    ) -> AuditEvent {
        AuditEvent(
            actorID: nil, actorName: "anonymous", actingRole: nil, action: action, recordType: recordType,
            recordID: recordID, summary: summary, clientIP: clientIP)
    }
}
