import Foundation
import ManaratDomain
import ManaratPersistence

/// What the staff-account pages do, given the store, the password hasher, the clock and the
/// password generator, and with each call the acting administrator; it holds no request.
struct StaffAccountService: Sendable {
    let store: any StaffAccountStore
    let passwords: PasswordHasher
    let clock: WallClock
    /// A new temporary password.
    let newPassword: @Sendable () -> String

    /// `form` as the account `id` (nil for a new one), sent by `admin`: its draft, or every
    /// problem with it, a username another account has included. An administrator may not take
    /// away their own administration or deactivate themselves: nobody might be left to manage staff.
    func check(_ form: StaffAccountForm, as id: UUID?, branches: [Branch], by admin: StaffMember?) async throws
        -> Result<StaffDraft, StaffAccountProblems>
    {
        var problems: [StaffAccountProblem] = []
        let parsed = form.parsed(branches: branches)
        if case .failure(let refused) = parsed { problems = refused.problems }
        if case .success(let username) = StaffRules.normalizedUsername(form.username ?? ""),
            try await store.usernameTaken(username, except: id)
        {
            let at = problems.firstIndex { $0.field != .displayName } ?? problems.endIndex
            problems.insert(.usernameTaken, at: at)
        }
        if case .success(let draft) = parsed, problems.isEmpty, let id, id == admin?.id,
            !draft.roles.contains(.admin) || !draft.isActive
        {
            problems.append(.cannotDemoteSelf)
        }
        guard problems.isEmpty, case .success(let draft) = parsed else {
            return .failure(StaffAccountProblems(problems: problems))
        }
        return .success(draft)
    }

    /// A new temporary password and its hash, made before any transaction opens: hashing is slow
    /// and must not hold the write lock.
    func temporaryPassword() async throws -> TemporaryPassword {
        let password = newPassword()
        return TemporaryPassword(password: password, hash: try await passwords.hash(password))
    }

    /// Opens the account `id` with `password`, to be changed at first sign-in.
    func create(_ draft: StaffDraft, as id: UUID, password: TemporaryPassword) async throws {
        try await store.create(id: id, draft: draft, passwordHash: password.hash, at: clock.now())
    }

    /// Saves `draft` over the account `id`.
    func update(_ id: UUID, to draft: StaffDraft) async throws {
        try await store.update(id: id, draft: draft, at: clock.now())
    }

    /// Gives the account `id` the temporary `password` and ends its sessions.
    func reset(_ id: UUID, to password: TemporaryPassword) async throws {
        try await store.resetPassword(id: id, passwordHash: password.hash, at: clock.now())
    }

    /// How the audit log describes an account.
    static func summary(_ draft: StaffDraft) -> String {
        "username=\(draft.username) name=\(draft.displayName) roles=\(draft.roles.sorted().map(\.rawValue).joined(separator: ",")) branch=\(draft.branchID?.uuidString.lowercased() ?? "-") active=\(draft.isActive)"
    }

    /// How the audit log describes changing `member` to `draft`: before and after.
    static func summary(of member: StaffMember, changedTo draft: StaffDraft) -> String {
        let before = StaffDraft(
            username: member.username, displayName: member.displayName, roles: member.roles,
            branchID: member.branchID, isActive: member.isActive)
        return "before: " + summary(before) + " | after: " + summary(draft)
    }
}
