import Foundation

/// A branch office of the association (الفرع، المكتب الفرعي).
public struct Branch: Sendable, Equatable, Identifiable {
    /// The branch's identifier.
    public var id: UUID
    /// A short code staff recognise, such as "RUH".
    public var code: String
    /// The Arabic name.
    public var nameArabic: String
    /// The English name.
    public var nameEnglish: String
    /// The city the branch is in.
    public var city: String
    /// Whether the branch still operates; closed branches are kept for history.
    public var isActive: Bool

    /// Creates a branch.
    public init(id: UUID, code: String, nameArabic: String, nameEnglish: String, city: String, isActive: Bool) {
        self.id = id
        self.code = code
        self.nameArabic = nameArabic
        self.nameEnglish = nameEnglish
        self.city = city
        self.isActive = isActive
    }

    /// The name in the given language.
    public func name(in language: Language) -> String {
        language == .arabic ? nameArabic : nameEnglish
    }
}

/// A staff member (الموظف) who signs in to the staff desk.
public struct StaffMember: Sendable, Equatable, Identifiable {
    /// The staff member's identifier.
    public var id: UUID
    /// The sign-in name, lower case.
    public var username: String
    /// The name shown to colleagues and in the audit log.
    public var displayName: String
    /// The roles held; a staff member may hold several.
    public var roles: Set<Role>
    /// The branch the staff member belongs to.
    public var branchID: UUID?
    /// Whether the account may sign in.
    public var isActive: Bool

    /// Creates a staff member.
    public init(id: UUID, username: String, displayName: String, roles: Set<Role>, branchID: UUID?, isActive: Bool) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.roles = roles
        self.branchID = branchID
        self.isActive = isActive
    }

    /// Whether the staff member holds at least one of `roles`.
    public func holdsAny(of roles: Set<Role>) -> Bool {
        !self.roles.isDisjoint(with: roles)
    }
}

/// Rules for the fields of a staff account and a branch.
public enum StaffRules {
    /// Why a username is refused.
    public enum UsernameProblem: Error, Sendable, Equatable {
        case empty
        case invalidCharacters
        case tooLong(maximum: Int)
    }

    /// A stable code for an administrator-managed list entry (a category, a request type):
    /// lower-case Latin letters, digits, dashes and underscores, 1 to 40 of them; nil when refused.
    public static func normalizedCode(_ raw: String) -> String? {
        let code = raw.trimmingCharacters(in: .whitespaces).lowercased()
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_")
        guard !code.isEmpty, code.count <= 40, code.allSatisfy({ allowed.contains($0) }) else { return nil }
        return code
    }

    /// The longest username accepted.
    public static let maximumUsernameLength = 40

    /// Normalizes a typed username (trimmed, lower case) or says why it is refused.
    ///
    /// Only ASCII letters, digits, dot, dash and underscore are allowed so that usernames are
    /// unambiguous when read aloud or typed on any keyboard.
    public static func normalizedUsername(_ raw: String) -> Result<String, UsernameProblem> {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !trimmed.isEmpty else { return .failure(.empty) }
        guard trimmed.count <= maximumUsernameLength else { return .failure(.tooLong(maximum: maximumUsernameLength)) }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-")
        guard trimmed.allSatisfy({ allowed.contains($0) }) else { return .failure(.invalidCharacters) }
        return .success(trimmed)
    }
}
