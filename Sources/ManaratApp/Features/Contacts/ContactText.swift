import ManaratDomain

/// The contact form's messages, Arabic and English side by side.
struct ContactText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    var branchInvalid: String { text("اختر فرعًا من القائمة.", "Choose a branch from the list.") }

    /// A problem's message.
    func problem(_ problem: ContactProblem) -> String {
        switch problem {
        case .summaryMissing: return strings[.fieldRequired]
        case .summaryTooLong:
            return strings.format(.fieldTooLong, ["maximum": strings.number(ContactForm.summaryLimit)])
        case .followUp(let error): return DateInputMessages.message(for: error, strings: strings)
        case .researcherUnknown: return strings[.researcherRequired]
        case .branchInvalid: return branchInvalid
        }
    }

    /// The problems as the error page lists them.
    func errors(_ problems: [ContactProblem]) -> [FieldError] {
        problems.map { FieldError(field: $0.field.rawValue, message: problem($0)) }
    }
}
