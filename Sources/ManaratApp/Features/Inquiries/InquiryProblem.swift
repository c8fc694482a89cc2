import ManaratDomain

/// Why an inquiry form was refused, and the field it marks.
enum InquiryProblem: Error, Equatable, Sendable {
    /// The question is missing or longer than 4 000 characters.
    case questionMissing
    /// The attachment was refused by its content.
    case attachment(Uploads.Refusal)
    /// The answer is missing or too long, or the inquiry was answered already.
    case answerMissing
    /// The inquiry was assigned to no one who may answer it.
    case assigneeRequired
    /// The question was referred to no active social researcher.
    case researcherRequired

    /// The field the page marks, by its HTML name.
    var field: String {
        switch self {
        case .questionMissing: return InquiryForm.Field.question.rawValue
        case .attachment: return InquiryForm.Field.attachment.rawValue
        case .answerMissing: return "answer"
        case .assigneeRequired: return "staffID"
        case .researcherRequired: return "researcherID"
        }
    }
}
