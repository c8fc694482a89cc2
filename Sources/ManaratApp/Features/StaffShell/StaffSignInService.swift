import Foundation
import ManaratDomain
import ManaratPersistence

/// Staff sign-in, sign-out and one's own password change, given everything they need: the
/// account store, the attempt counter, the password hasher, the clock and the limits; with each
/// call the address, the tokens and the audit entries. It holds no request, so a test runs it on
/// in-memory twins with a pinned clock and counts every password comparison.
struct StaffSignInService: Sendable {
    let store: any StaffSignInStore
    let attempts: any AttemptCounter
    let passwords: PasswordHasher
    let clock: WallClock
    let limits: SignInLimits
    /// A hash checked when the username is unknown, so that the answer takes as long as for a
    /// real one.
    let decoyHash: String

    /// What a sign-in came to.
    enum Outcome: Equatable, Sendable {
        /// Signed in as `member`; `mustChangePassword` sends them to the password page first.
        case signedIn(StaffMember, mustChangePassword: Bool)
        /// Refused, with the reason the page gives.
        case refused(SignInRefusal)
    }

    /// Checks `attempt` from `clientIP`. On success the session `newToken` (its hash stored)
    /// replaces `presentedToken`, the browser's earlier one, so a session id planted before
    /// sign-in never becomes a signed-in one.
    func signIn(_ attempt: SignInAttempt, from clientIP: String?, presentedToken: String?, newToken: String)
        async throws -> Outcome
    {
        let now = clock.now()
        // Only failures count against an address: a branch office behind one address signs in all day.
        let addressKey = "signin-ip:" + (clientIP ?? "unknown")
        guard try await attempts.current(addressKey, window: limits.addressWindow, at: now) < limits.addressLimit
        else { return .refused(.rateLimited) }
        func countFailure() async throws {
            _ = try await attempts.hit(addressKey, limit: limits.addressLimit, window: limits.addressWindow, at: now)
        }

        guard let account = try await store.credentials(username: attempt.username) else {
            _ = try await passwords.verify(attempt.password, decoyHash)
            try await countFailure()
            return try await refuseUnknown(attempt.username, at: now)
        }
        let policy = limits.lockout
        if policy.isLocked(until: account.lockedUntil, at: now), let lockedUntil = account.lockedUntil {
            try await countFailure()
            return .refused(.locked(minutes: Self.minutes(until: lockedUntil, from: now)))
        }
        let matches = try await passwords.verify(attempt.password, account.passwordHash)
        guard matches, account.member.isActive else {
            try await countFailure()
            let outcome = policy.failure(previousFailures: account.failedSignIns, at: now)
            let summary =
                outcome.lockedUntil == nil
                ? "failures=\(outcome.failures)" : "locked for \(Int(policy.lockDuration / 60)) min"
            let audit = AuditEvent(
                actorID: nil, actorName: "anonymous", actingRole: nil,
                action: outcome.lockedUntil == nil ? .staffSignInFailed : .staffLocked, recordType: .staff,
                recordID: account.member.id.uuidString, summary: summary, clientIP: clientIP)
            try await store.recordFailure(staffID: account.member.id, outcome: outcome, audit: audit, at: now)
            if let lockedUntil = outcome.lockedUntil {
                return .refused(.locked(minutes: Self.minutes(until: lockedUntil, from: now)))
            }
            return .refused(.invalid)
        }

        let member = account.member
        let audit = AuditEvent(
            actorID: member.id, actorName: member.username, actingRole: nil, action: .staffSignIn, recordType: .staff,
            recordID: member.id.uuidString, summary: "signed in", clientIP: clientIP)
        try await store.startSession(
            staffID: member.id, tokenHash: Tokens.hash(newToken),
            replacing: presentedToken.flatMap { $0.isEmpty ? nil : Tokens.hash($0) }, clientIP: clientIP,
            audit: audit, at: now)
        return .signedIn(member, mustChangePassword: account.mustChangePassword)
    }

    /// Unknown usernames lock after the same number of failures as real ones, so the answers
    /// never tell an attacker which usernames exist.
    private func refuseUnknown(_ username: String, at now: Date) async throws -> Outcome {
        let policy = limits.lockout
        let allowed = try await attempts.hit(
            "signin-unknown:" + username, limit: policy.maxFailures - 1, window: policy.lockDuration, at: now)
        return allowed ? .refused(.invalid) : .refused(.locked(minutes: Int(policy.lockDuration / 60)))
    }

    /// Ends the session `sessionID`, with its audit entry.
    func signOut(sessionID: UUID, audit: AuditEvent) async throws {
        try await store.endSession(id: sessionID, audit: audit, at: clock.now())
    }

    /// Changes `staffID`'s password as `form` asks: every problem at once, the current password
    /// checked against the stored hash, or the new hash saved, every other session ended and the
    /// session `newToken` opened for this browser. Returns the problems, empty when it was saved.
    func changePassword(
        staffID: UUID, form: PasswordForm, newToken: String, clientIP: String?, audit: AuditEvent
    ) async throws -> [PasswordProblem] {
        guard let account = try await store.credentials(id: staffID) else { throw StaffShellError.accountGone }
        var problems = form.problems()
        if try await !passwords.verify(form.currentPassword, account.passwordHash) {
            problems.insert(.currentWrong, at: 0)
        }
        guard problems.isEmpty else { return problems }
        let hash = try await passwords.hash(form.newPassword)
        try await store.changePassword(
            staffID: staffID, passwordHash: hash, tokenHash: Tokens.hash(newToken), clientIP: clientIP, audit: audit,
            at: clock.now())
        return []
    }

    private static func minutes(until end: Date, from now: Date) -> Int {
        max(1, Int((end.timeIntervalSince(now) / 60).rounded(.up)))
    }
}
