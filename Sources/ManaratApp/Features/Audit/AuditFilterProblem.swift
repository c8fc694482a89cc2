import ManaratDomain

/// What is wrong with the audit log's filters, and the field it marks.
enum AuditFilterProblem: Equatable, Sendable {
    /// The actor is not a staff member's id.
    case actorUnknown
    /// A date bound could not be read.
    case date(AuditFilterForm.Field, DateInputError)

    /// The field the page marks.
    var field: AuditFilterForm.Field {
        switch self {
        case .actorUnknown: return .actor
        case .date(let field, _): return field
        }
    }
}
