import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

extension Strings {
    func feedbackKind(_ kind: FeedbackKind) -> String { kind == .complaint ? self[.complaint] : self[.suggestion] }

    func feedbackStatus(_ status: FeedbackStatus) -> String {
        switch status {
        case .open: return self[.inquiryStatusOpen]
        case .inProgress: return self[.feedbackInProgress]
        case .closed: return self[.feedbackClosed]
        }
    }

    func feedbackCategory(_ category: FeedbackCategory) -> String {
        switch category {
        case .serviceQuality: return self[.feedbackCategoryService]
        case .staffConduct: return self[.feedbackCategoryConduct]
        case .waitingTime: return self[.feedbackCategoryWaiting]
        case .documentsAndProcedures: return self[.feedbackCategoryProcedures]
        case .communication: return self[.feedbackCategoryCommunication]
        case .other: return self[.feedbackCategoryOther]
        }
    }

    func feedbackPriority(_ priority: FeedbackPriority) -> String {
        priority == .urgent ? self[.feedbackPriorityUrgent] : self[.feedbackPriorityNormal]
    }
}
