/// A capability's words, Arabic and English side by side: each text is `text(arabic, english)`,
/// so a text missing a language does not compile, and a placeholder is a function parameter.
protocol BilingualText: Sendable {
    /// The interface's shared strings, for numbers, plurals and the texts other pages use too.
    var strings: Strings { get }
}

extension BilingualText {
    /// The text in the interface's language.
    func text(_ arabic: String, _ english: String) -> String {
        strings.language == .arabic ? arabic : english
    }
}
