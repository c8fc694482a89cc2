import ManaratDomain

/// The conflict-of-interest pages' words, Arabic and English side by side.
struct ConflictText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    var declarationsTitle: String { text("الإفصاح عن تعارض المصالح", "Conflict-of-interest declarations") }
    var declarationsExplain: String {
        text(
            "أفصح عن رقم هويتك وأرقام هويات أقاربك. لن يسمح لك النظام بالعمل على طلب يخصك أو يخص أحدهم، ويسجل التنحي.",
            "Declare your own identity number and your relatives'. The system will not let you act on a request that concerns you or them, and records the recusal."
        )
    }
    var relationSelf: String { text("أنا (رقم هويتي)", "Myself (my identity number)") }
    var otherInterests: String { text("مصالح أخرى", "Other interests") }
    var addDeclaration: String { text("إضافة الإفصاح", "Add the declaration") }
    var recusalsTitle: String { text("حالات التنحي المسجلة", "Recorded recusals") }
    var noRecusals: String { text("لا توجد حالات تنحٍّ.", "No recusals.") }

    /// What a declaration's relation is called: "myself" or the relative.
    func relation(_ relation: DeclaredRelation) -> String {
        switch relation {
        case .myself: return relationSelf
        case .relative(let relative): return strings.relation(relative)
        }
    }

    /// A stored relation's name, or the stored text when it is no longer one the form offers.
    func relation(stored: String) -> String {
        DeclaredRelation(rawValue: stored).map(relation) ?? stored
    }

    /// A problem's message.
    func problem(_ problem: DeclarationProblem) -> String {
        switch problem {
        case .identity(let reason): return IdentityMessages.message(reason, strings: strings)
        case .relationMissing: return strings[.fieldRequired]
        }
    }
}
