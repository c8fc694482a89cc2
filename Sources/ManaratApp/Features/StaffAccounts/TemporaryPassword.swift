/// A password an administrator set, and its hash: the password is shown once and never stored.
struct TemporaryPassword: Sendable, Equatable {
    /// The password to hand over.
    var password: String
    /// What the account stores.
    var hash: String

    /// Readable one-time passwords: no look-alike characters, since they are read off a screen and
    /// typed by someone else.
    static let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    /// A random password of `length` characters from `alphabet`.
    static func make(length: Int = 14) -> String {
        String((0..<length).map { _ in alphabet.randomElement()! })
    }
}
