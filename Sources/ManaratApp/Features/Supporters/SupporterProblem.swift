import ManaratDomain

/// What is wrong with a supporter, a contact-page message or a gift as sent, and the field it marks.
enum SupporterProblem: Error, Equatable, Sendable {
    /// The name is missing or longer than 150 characters.
    case nameMissing
    /// A phone was typed that is not a Saudi mobile number.
    case phoneInvalid
    /// An e-mail was typed that does not look like one.
    case emailInvalid
    /// Neither a phone nor an e-mail was typed.
    case phoneOrEmailMissing
    /// The contact page's message is missing or longer than 3 000 characters.
    case messageMissing
    /// A gift's amount is not an amount above zero.
    case amountInvalid
    /// A gift in kind does not say what was given.
    case itemsMissing
    /// A gift's day could not be read.
    case receivedOn(DateInputError)

    /// The field the page marks, by its HTML name; the contact page names its visitor's name,
    /// phone and e-mail as the editor does.
    var field: String {
        switch self {
        case .nameMissing: return SupporterForm.Field.name.rawValue
        case .phoneInvalid, .phoneOrEmailMissing: return SupporterForm.Field.phone.rawValue
        case .emailInvalid: return SupporterForm.Field.email.rawValue
        case .messageMissing: return ContactUsForm.Field.message.rawValue
        case .amountInvalid: return SupportEntryForm.Field.amount.rawValue
        case .itemsMissing: return SupportEntryForm.Field.items.rawValue
        case .receivedOn: return SupportEntryForm.Field.receivedOn.rawValue
        }
    }
}
