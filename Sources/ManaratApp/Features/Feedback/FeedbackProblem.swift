import ManaratDomain

/// What is wrong with a complaint or suggestion as sent, or with its closing, and the field it marks.
enum FeedbackProblem: Error, Equatable, Sendable {
    /// The text is missing or longer than 4 000 characters.
    case textMissing
    /// A phone was typed that is not a Saudi mobile number.
    case phoneInvalid
    /// Staff typed an identity number that names no file.
    case identityUnknown
    /// A complaint from no one known left no number to answer it on.
    case contactMissing
    /// The improvement's day could not be read.
    case actionOn(DateInputError)
    /// The closing wrote no response to the person.
    case responseMissing
    /// The closing recorded neither an improvement nor the reason for none.
    case improvementMissing

    /// The field the page marks, by its HTML name.
    var field: String {
        switch self {
        case .textMissing: return FeedbackForm.Field.text.rawValue
        case .phoneInvalid, .contactMissing: return FeedbackForm.Field.phone.rawValue
        case .identityUnknown: return FeedbackForm.Field.identityNumber.rawValue
        case .actionOn: return FeedbackCloseForm.Field.actionOn.rawValue
        case .responseMissing: return FeedbackCloseForm.Field.response.rawValue
        case .improvementMissing: return FeedbackCloseForm.Field.actionWhat.rawValue
        }
    }
}
