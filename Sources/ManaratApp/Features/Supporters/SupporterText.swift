import ManaratDomain

/// The supporter pages' and the contact page's words. Their texts still live in the shared
/// catalogs, which these pages share with others; this type says each problem and each total.
struct SupporterText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    /// The totals given in cash and in kind, each amount written the language's way.
    func supportTotals(cash: Money, inKind: Money) -> String {
        strings.format(.supportTotals, ["cash": strings.money(cash), "inKind": strings.money(inKind)])
    }

    /// A problem's message.
    func problem(_ problem: SupporterProblem) -> String {
        switch problem {
        case .nameMissing: return strings.format(.fieldRequiredNamed, ["field": strings[.fullName]])
        case .phoneInvalid: return strings[.phoneInvalid]
        case .emailInvalid: return strings[.emailInvalid]
        case .phoneOrEmailMissing: return strings[.phoneOrEmailRequired]
        case .messageMissing: return strings.format(.fieldRequiredNamed, ["field": strings[.contactMessage]])
        case .amountInvalid: return strings[.amountInvalid]
        case .itemsMissing: return strings[.itemsRequired]
        case .receivedOn(let error): return DateInputMessages.message(for: error, strings: strings)
        }
    }

    /// The problems as a page lists them, each next to its field.
    func errors(_ problems: [SupporterProblem]) -> [FieldError] {
        problems.map { FieldError(field: $0.field, message: problem($0)) }
    }
}
