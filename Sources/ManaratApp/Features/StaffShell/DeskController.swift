import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The staff home and the staff member's own account.
struct DeskController {
    func home(_ request: Request) async throws -> Response {
        let staff = request.staff!
        let strings = request.strings
        let branch = try await staff.branchID.asyncFlatMap {
            try await BranchRepository(database: request.db).find(id: $0)
        }
        var tiles: [StaffHomePage.Tile] = [
            .init(
                path: StaffURL.beneficiaries.path, title: strings[.navBeneficiaries],
                detail: strings[.tileBeneficiariesDetail]),
            .init(path: StaffURL.requests.path, title: strings[.navRequests], detail: strings[.tileRequestsDetail]),
        ]
        if Access.staff(DashboardController.readers).admits(staff) {
            tiles.append(
                .init(
                    path: StaffURL.dashboard.path, title: strings[.dashboardTitle],
                    detail: strings[.tileDashboardDetail]))
        }
        if Access.staff(FeedbackController.handlers).admits(staff) {
            tiles.append(
                .init(
                    path: StaffURL.feedbackList.path, title: strings[.navFeedback], detail: strings[.tileFeedbackDetail]
                ))
        }
        if Access.staff(InquiryController.readers).admits(staff) {
            tiles.append(
                .init(
                    path: StaffURL.inquiries.path, title: strings[.navInquiries], detail: strings[.tileInquiriesDetail])
            )
        }
        if Access.staff(CommitteeRoutes.readers).admits(staff) {
            tiles.append(
                .init(
                    path: StaffURL.committee.path, title: strings[.navCommittee], detail: strings[.tileCommitteeDetail])
            )
        }
        if Access.staff(SupporterRoutes.readers).admits(staff) {
            tiles.append(
                .init(
                    path: StaffURL.supporters.path, title: strings[.navSupporters],
                    detail: strings[.tileSupportersDetail]))
            tiles.append(
                .init(
                    path: StaffURL.volunteers.path, title: strings[.navVolunteers],
                    detail: strings[.tileVolunteersDetail]))
        }
        if staff.roles.contains(.admin) {
            tiles += [
                .init(path: StaffURL.staffList.path, title: strings[.navStaff], detail: strings[.tileStaffDetail]),
                .init(
                    path: StaffURL.branchList.path, title: strings[.navBranches], detail: strings[.tileBranchesDetail]),
                .init(
                    path: StaffURL.categories.path, title: strings[.navCategories],
                    detail: strings[.tileCategoriesDetail]),
                .init(
                    path: StaffURL.needsWeights.path, title: strings[.needsWeightsTitle],
                    detail: strings[.tileWeightsDetail]),
                .init(
                    path: StaffURL.requestTypes.path, title: strings[.requestTypesTitle],
                    detail: strings[.tileRequestTypesDetail]),
                .init(
                    path: StaffURL.conflicts.path, title: strings[.conflictsTitle],
                    detail: strings[.tileConflictsDetail]),
                .init(
                    path: StaffURL.templates.path, title: strings[.templatesTitle],
                    detail: strings[.tileTemplatesDetail]),
                .init(
                    path: StaffURL.messages.path, title: strings[.messagesTitle], detail: strings[.tileMessagesDetail]),
                .init(
                    path: StaffURL.breaches.path, title: strings[.breachesTitle], detail: strings[.tileBreachesDetail]),
                .init(
                    path: StaffURL.retention.path, title: strings[.retentionTitle],
                    detail: strings[.tileRetentionDetail]),
            ]
        }
        if Access.staff(DataProtectionRoutes.dataOfficers).admits(staff) {
            tiles.append(
                .init(
                    path: StaffURL.dataRequests.path, title: strings[.dataRequestsTitle],
                    detail: strings[.tileDataRequestsDetail]))
        }
        if Access.staff(SurveyController.resultReaders).admits(staff) {
            tiles.append(
                .init(
                    path: StaffURL.surveyResults.path, title: strings[.satisfactionTitle],
                    detail: strings[.tileSatisfactionDetail]))
        }
        if staff.roles.contains(.admin) {
            tiles.append(
                .init(path: StaffURL.surveys.path, title: strings[.surveysTitle], detail: strings[.tileSurveysDetail]))
        }
        tiles.append(
            .init(
                path: StaffURL.mySatisfaction.path, title: strings[.mySatisfactionTitle],
                detail: strings[.tileMySatisfactionDetail]))
        if Access.staff(NotificationsController.outboxReaders).admits(staff) {
            tiles.append(
                .init(path: StaffURL.outbox.path, title: strings[.outboxTitle], detail: strings[.tileOutboxDetail]))
        }
        tiles.append(
            .init(path: StaffURL.library.path, title: strings[.navLibrary], detail: strings[.tileLibraryDetail]))
        tiles.append(
            .init(
                path: StaffURL.knowledgeBase.path, title: strings[.knowledgeBaseTitle],
                detail: strings[.tileKnowledgeDetail]))
        tiles.append(
            .init(
                path: StaffURL.declarations.path, title: strings[.navDeclarations],
                detail: strings[.tileDeclarationsDetail]))
        if Access.staff(AuditRoutes.readers).admits(staff) {
            tiles.append(.init(path: StaffURL.audit.path, title: strings[.navAudit], detail: strings[.tileAuditDetail]))
        }
        tiles.append(
            .init(path: StaffURL.password.path, title: strings[.navAccount], detail: strings[.tileAccountDetail]))
        let today = GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
        // Follow-ups of the staff member's branch; staff without a branch see every branch's.
        let due =
            Access.staff(ContactRoutes.recorders).admits(staff)
            ? try await ContactRepository(database: request.db).dueFollowUps(
                onOrBefore: today, branchID: staff.branchID)
            : []
        // Overdue and soon-due requests of the staff member's branch (every branch for staff without one).
        let requests = RequestRepository(database: request.db)
        let calendar = try await WorkingCalendarRepository(database: request.db).workingCalendar()
        let open = Set(RequestStatus.allCases.filter { $0.awaitsDecision && !$0.pausesClock })
        let overdue = try await requests.list(
            RequestFilter(
                statuses: open, branchID: staff.branchID, dueOnOrBefore: today.adding(days: -1), byDueDay: true),
            page: 1, perPage: 10
        ).rows
        var soonFilter = RequestFilter(
            statuses: open, branchID: staff.branchID, dueOnOrBefore: calendar.adding(workingDays: 3, to: today),
            byDueDay: true)
        soonFilter.dueOnOrAfter = today
        let soon = try await requests.list(soonFilter, page: 1, perPage: 10).rows
        let notices = try await OutboxRepository(database: request.db).inbox(beneficiaryID: staff.id, limit: 5)
        var model = StaffHomePage.Model(
            displayName: staff.displayName, roles: staff.roles.sorted(), branchName: branch?.name(in: request.language),
            tiles: tiles, dueFollowUps: Array(due.prefix(10)), moreFollowUps: max(0, due.count - 10),
            overdueRequests: overdue, dueSoonRequests: soon,
            unreadPolicies: try await PolicyRepository(database: request.db).unacknowledged(by: staff.id).count,
            referredQuestions: staff.roles.contains(.researcher)
                ? try await ContactRepository(database: request.db).referred(to: staff.id) : [],
            expiringIdentities: Access.staff(BeneficiaryRoutes.editors).admits(staff)
                ? try await AccessMiddleware.withinBranch(
                    try await BeneficiaryRepository(database: request.db).identitiesExpiring(
                        from: today, through: today.adding(days: 30)), request: request
                ) { $0.0.id }
                : [])
        model.notices = notices
        return .html(StaffHomePage.render(model, context: PageContext(request: request)))
    }

    struct PasswordForm: Content {
        var current: String?
        var new: String?
        var confirm: String?
    }

    func showPassword(_ request: Request) async throws -> Response {
        let saved = (try? request.query.get(String.self, at: "saved")) == "1"
        let model = PasswordPage.Model(
            mustChange: request.signedInStaff?.mustChangePassword ?? false, saved: saved, errors: [])
        return .html(PasswordPage.render(model, context: PageContext(request: request)))
    }

    func changePassword(_ request: Request) async throws -> Response {
        let signedIn = request.signedInStaff!
        let form = try request.content.decode(PasswordForm.self)
        let strings = request.strings
        var errors: [FieldError] = []
        let current = form.current ?? ""
        let new = form.new ?? ""
        guard let account = try await StaffRepository(database: request.db).credentials(id: signedIn.member.id) else {
            throw Abort(.notFound)
        }
        if try await !request.verifyPassword(current, hash: account.passwordHash) {
            errors.append(FieldError(field: "current", message: strings[.passwordCurrentWrong]))
        }
        for rule in PasswordRule.violations(of: new) {
            switch rule {
            case .tooShort(let minimum):
                errors.append(
                    FieldError(
                        field: "new", message: strings.format(.passwordTooShort, ["minimum": strings.number(minimum)])))
            case .tooLong: errors.append(FieldError(field: "new", message: strings[.passwordTooLong]))
            }
        }
        if new == current, !new.isEmpty {
            errors.append(FieldError(field: "new", message: strings[.passwordSameAsOld]))
        }
        if new != (form.confirm ?? "") {
            errors.append(FieldError(field: "confirm", message: strings[.passwordMismatch]))
        }
        guard errors.isEmpty else {
            let model = PasswordPage.Model(mustChange: signedIn.mustChangePassword, saved: false, errors: errors)
            return .html(
                PasswordPage.render(model, context: PageContext(request: request)), status: .unprocessableEntity)
        }
        let hash = try await request.hashPassword(new)
        let token = Tokens.random()
        let now = request.now
        let clientIP = request.clientIP
        let id = signedIn.member.id
        // Every other session of this account ends; this browser gets a fresh one.
        try await request.audited(
            action: .staffPasswordChange, recordType: .staff, recordID: id.uuidString,
            summary: "password changed by its holder"
        ) { db in
            try await StaffRepository(database: db).setPassword(id: id, passwordHash: hash, mustChange: false, at: now)
            let sessions = SessionRepository(database: db)
            try await sessions.deleteAll(staffID: id)
            try await sessions.create(tokenHash: Tokens.hash(token), staffID: id, clientIP: clientIP, at: now)
        }
        let response = request.redirect(to: StaffURL.password.path(query: [("saved", "1")]), redirectType: .normal)
        response.cookies[SessionCookie.name] = SessionCookie.value(token, secure: request.isSecureConnection)
        return response
    }
}
