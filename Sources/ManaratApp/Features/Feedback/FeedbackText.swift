import ManaratDomain

/// The complaint and suggestion pages' words. Their texts still live in the shared catalogs;
/// this type names an item's subject and priority, and says each problem.
struct FeedbackText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    /// What an item is about.
    func category(_ category: FeedbackCategory) -> String {
        switch category {
        case .serviceQuality: return strings[.feedbackCategoryService]
        case .staffConduct: return strings[.feedbackCategoryConduct]
        case .waitingTime: return strings[.feedbackCategoryWaiting]
        case .documentsAndProcedures: return strings[.feedbackCategoryProcedures]
        case .communication: return strings[.feedbackCategoryCommunication]
        case .other: return strings[.feedbackCategoryOther]
        }
    }

    /// How urgent an item is.
    func priority(_ priority: FeedbackPriority) -> String {
        priority == .urgent ? strings[.feedbackPriorityUrgent] : strings[.feedbackPriorityNormal]
    }

    /// A problem's message.
    func problem(_ problem: FeedbackProblem) -> String {
        switch problem {
        case .textMissing: return strings.format(.fieldRequiredNamed, ["field": strings[.feedbackText]])
        case .phoneInvalid: return strings[.phoneInvalid]
        case .identityUnknown: return strings[.beneficiaryNotFound]
        case .contactMissing: return strings[.complaintNeedsContact]
        case .actionOn(let error): return DateInputMessages.message(for: error, strings: strings)
        case .responseMissing: return strings[.responseRequired]
        case .improvementMissing: return strings[.improvementRequired]
        }
    }

    /// The problems as a page lists them, each next to its field.
    func errors(_ problems: [FeedbackProblem]) -> [FieldError] {
        problems.map { FieldError(field: $0.field, message: problem($0)) }
    }
}
