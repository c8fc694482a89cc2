/// The one rule every form applies to an e-mail address (supporters, volunteers, the contact
/// form, notification settings): one "@" with something on both sides, a dot inside the domain,
/// no spaces or angle brackets, at most 200 characters. The mail relay is the real judge of an
/// address; this only catches what is plainly not one.
public enum EmailAddress {
    /// The longest address accepted.
    public static let maximumLength = 200

    /// Whether `text` looks like an e-mail address.
    public static func looksValid(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return text.count <= maximumLength && parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
    }
}
