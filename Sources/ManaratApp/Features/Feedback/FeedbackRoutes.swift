import ManaratDomain
import Vapor

/// Complaints and suggestions: the public form, the beneficiary's own items with the appeal, and
/// the staff's handling through to the improvement taken.
enum FeedbackRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let handlers = FeedbackController.handlers
        let feedback = FeedbackController()
        routes.on(.GET, PublicURL.feedback, access: .everyone, use: feedback.showForm)
        routes.on(.POST, PublicURL.feedback, access: .everyone, use: feedback.submit)
        routes.on(.GET, PortalURL.feedbackItem(placeholder), access: .beneficiary, use: feedback.showOwn)
        routes.on(.POST, PortalURL.feedbackAppeal(placeholder), access: .beneficiary, use: feedback.appeal)
        routes.on(.GET, StaffURL.feedbackList, access: .staff(handlers), use: feedback.list)
        routes.on(.POST, StaffURL.feedbackNew, access: .staff(handlers), use: feedback.record)
        routes.on(.GET, StaffURL.feedbackItem(placeholder), access: .staff(handlers), use: feedback.show)
        routes.on(.POST, StaffURL.feedbackAssign(placeholder), access: .staff(handlers), use: feedback.assign)
        routes.on(.POST, StaffURL.feedbackNote(placeholder), access: .staff(handlers), use: feedback.addNote)
        routes.on(.POST, StaffURL.feedbackClose(placeholder), access: .staff(handlers), use: feedback.close)
    }
}
