import ManaratDomain

/// One area of work the desk links to. Which areas a member of staff sees follows from their
/// roles, by the same role sets the areas' routes admit, so the desk never offers a door that
/// would then be shut.
enum DeskArea: String, CaseIterable, Sendable, Equatable {
    case beneficiaries, requests, dashboard, feedback, inquiries, committee, supporters, volunteers
    case staff, branches, categories, needsWeights, requestTypes, conflicts, templates, messages, breaches
    case retention, dataRequests, satisfaction, surveys, mySatisfaction, outbox, library, knowledgeBase
    case declarations, audit, account

    /// The areas `staff` may work in, in the order the desk lists them.
    static func areas(for staff: StaffMember) -> [DeskArea] {
        let isAdmin = staff.roles.contains(.admin)
        func admits(_ roles: Set<Role>) -> Bool { Access.staff(roles).admits(staff) }
        var areas: [DeskArea] = [.beneficiaries, .requests]
        if admits(DashboardController.readers) { areas.append(.dashboard) }
        if admits(FeedbackController.handlers) { areas.append(.feedback) }
        if admits(InquiryController.readers) { areas.append(.inquiries) }
        if admits(CommitteeRoutes.readers) { areas.append(.committee) }
        if admits(SupporterRoutes.readers) { areas += [.supporters, .volunteers] }
        if isAdmin {
            areas += [
                .staff, .branches, .categories, .needsWeights, .requestTypes, .conflicts, .templates, .messages,
                .breaches, .retention,
            ]
        }
        if admits(DataProtectionRoutes.dataOfficers) { areas.append(.dataRequests) }
        if admits(SurveyController.resultReaders) { areas.append(.satisfaction) }
        if isAdmin { areas.append(.surveys) }
        areas.append(.mySatisfaction)
        if admits(NotificationsController.outboxReaders) { areas.append(.outbox) }
        areas += [.library, .knowledgeBase, .declarations]
        if admits(AuditRoutes.readers) { areas.append(.audit) }
        areas.append(.account)
        return areas
    }

    /// Where the area's tile leads.
    var url: StaffURL {
        switch self {
        case .beneficiaries: return .beneficiaries
        case .requests: return .requests
        case .dashboard: return .dashboard
        case .feedback: return .feedbackList
        case .inquiries: return .inquiries
        case .committee: return .committee
        case .supporters: return .supporters
        case .volunteers: return .volunteers
        case .staff: return .staffList
        case .branches: return .branchList
        case .categories: return .categories
        case .needsWeights: return .needsWeights
        case .requestTypes: return .requestTypes
        case .conflicts: return .conflicts
        case .templates: return .templates
        case .messages: return .messages
        case .breaches: return .breaches
        case .retention: return .retention
        case .dataRequests: return .dataRequests
        case .satisfaction: return .surveyResults
        case .surveys: return .surveys
        case .mySatisfaction: return .mySatisfaction
        case .outbox: return .outbox
        case .library: return .library
        case .knowledgeBase: return .knowledgeBase
        case .declarations: return .declarations
        case .audit: return .audit
        case .account: return .password
        }
    }
}
