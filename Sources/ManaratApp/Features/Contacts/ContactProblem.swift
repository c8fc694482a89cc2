import ManaratDomain

/// What is wrong with a contact as sent, and the field it marks.
enum ContactProblem: Equatable, Sendable {
    case summaryMissing
    /// Longer than 2 000 characters.
    case summaryTooLong
    /// The follow-up day could not be read.
    case followUp(DateInputError)
    /// The question was referred to someone who is not an active social researcher.
    case researcherUnknown
    /// The branch chosen is not an active branch.
    case branchInvalid

    /// The field the page marks.
    var field: ContactForm.Field {
        switch self {
        case .summaryMissing, .summaryTooLong: return .summary
        case .followUp: return .followUpOn
        case .researcherUnknown: return .referTo
        case .branchInvalid: return .branchID
        }
    }
}
