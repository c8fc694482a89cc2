import Foundation

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
