import Foundation

/// What a new password must satisfy.
public enum PasswordRule: Sendable, Equatable {
    /// Fewer characters than the minimum.
    case tooShort(minimum: Int)
    /// Longer than bcrypt can use (72 bytes).
    case tooLong(maximumBytes: Int)

    /// The minimum length: long passphrases beat complexity rules.
    public static let minimumLength = 10
    /// bcrypt ignores bytes after the 72nd, so a longer password would be silently truncated.
    public static let maximumBytes = 72

    /// The rules `password` breaks; empty when it is acceptable.
    public static func violations(of password: String) -> [PasswordRule] {
        var problems: [PasswordRule] = []
        if password.count < minimumLength { problems.append(.tooShort(minimum: minimumLength)) }
        if password.utf8.count > maximumBytes { problems.append(.tooLong(maximumBytes: maximumBytes)) }
        return problems
    }
}
