import Foundation
import ManaratDomain
import Vapor

/// Triage: the handler a complaint or suggestion is assigned to, with what it is about and how
/// urgent it is. A subject or priority that is not one of the lists leaves the item's as it was.
struct FeedbackAssignForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case staffID, category, priority
    }

    var staffID: String?
    var category: String?
    var priority: String?

    /// The staff member chosen; nil for a value that is not an id.
    var chosenStaffID: UUID? { staffID.flatMap(UUID.init(uuidString:)) }
    /// The subject chosen, if it is one.
    var chosenCategory: FeedbackCategory? { category.flatMap(FeedbackCategory.init(rawValue:)) }
    /// The priority chosen, if it is one.
    var chosenPriority: FeedbackPriority? { priority.flatMap(FeedbackPriority.init(rawValue:)) }
}
