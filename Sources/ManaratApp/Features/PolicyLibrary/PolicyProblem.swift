import ManaratDomain

/// What is wrong with a version as published, and the field it marks.
enum PolicyProblem: Error, Equatable, Sendable {
    /// A required field is empty.
    case required(PolicyPublishForm.Field)
    case approvedOn(DateInputError)
    /// The file was refused by its content.
    case file(Uploads.Refusal)

    /// The field the page marks, by its HTML name.
    var field: String {
        switch self {
        case .required(let field): return field.rawValue
        case .approvedOn: return PolicyPublishForm.Field.approvedOn.rawValue
        case .file: return PolicyPublishForm.Field.file.rawValue
        }
    }
}
