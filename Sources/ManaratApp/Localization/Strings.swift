import ManaratDomain

/// The interface strings in one language, looked up by typed key.
///
/// Both catalogs must hold every key; a test fails when one is missing, so a missing string
/// never reaches a user as a raw key.
struct Strings: Sendable {
    let language: Language

    subscript(_ key: Key) -> String {
        let catalog = language == .arabic ? Catalog.arabic : Catalog.english
        return catalog[key] ?? key.rawValue
    }

    /// The string for `key` with each `{name}` placeholder replaced.
    func format(_ key: Key, _ values: [String: String]) -> String {
        var text = self[key]
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    /// Latin digits turned into Arabic-Indic ones in Arabic, as Saudi usage writes numbers.
    func localizedDigits(_ text: String) -> String {
        guard language == .arabic else { return text }
        let arabicIndic: [Character] = ["٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"]
        return String(
            text.map { character in
                if let value = character.wholeNumberValue, character.isASCII { return arabicIndic[value] }
                return character
            })
    }

    /// A whole number in the interface's digits.
    func number(_ value: Int) -> String {
        localizedDigits(String(value))
    }

    /// A percentage in the interface's digits and sign: "٧٥٪" in Arabic, "75%" in English.
    func percent(_ value: Int) -> String {
        number(value) + (language == .arabic ? "٪" : "%")
    }

    /// What separates the items of a list: the Arabic comma in Arabic ("أ، ب"), the Latin one in
    /// English ("a, b").
    var listSeparator: String { language == .arabic ? "، " : ", " }

    /// Items joined as a list in the interface's language.
    func list(_ items: [String]) -> String {
        items.joined(separator: listSeparator)
    }

    /// The role's name.
    func role(_ role: Role) -> String {
        switch role {
        case .admin: return self[.roleAdmin]
        case .relations: return self[.roleRelations]
        case .researcher: return self[.roleResearcher]
        case .committee: return self[.roleCommittee]
        case .delivery: return self[.roleDelivery]
        case .quality: return self[.roleQuality]
        }
    }

    static let hijriMonthKeys: [Key] = [
        .hijriMonth1, .hijriMonth2, .hijriMonth3, .hijriMonth4, .hijriMonth5, .hijriMonth6, .hijriMonth7, .hijriMonth8,
        .hijriMonth9, .hijriMonth10, .hijriMonth11, .hijriMonth12,
    ]
    static let gregorianMonthKeys: [Key] = [
        .gregorianMonth1, .gregorianMonth2, .gregorianMonth3, .gregorianMonth4, .gregorianMonth5, .gregorianMonth6,
        .gregorianMonth7, .gregorianMonth8, .gregorianMonth9, .gregorianMonth10, .gregorianMonth11, .gregorianMonth12,
    ]
}
