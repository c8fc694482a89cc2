import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

extension DeskPage.Model {
    /// The desk of `staff` on `today`: the follow-ups, requests and identities of their branch
    /// (every branch's for staff without one), each list read only for the roles that act on it.
    static func query(
        on database: any Database, staff: StaffMember, today: GregorianDay, language: Language
    ) async throws -> Self {
        let branch = try await staff.branchID.asyncFlatMap {
            try await BranchRepository(database: database).find(id: $0)
        }
        let contacts = ContactRepository(database: database)
        let due =
            Access.staff(ContactRoutes.recorders).admits(staff)
            ? try await contacts.dueFollowUps(onOrBefore: today, branchID: staff.branchID) : []
        let requests = RequestRepository(database: database)
        let calendar = try await WorkingCalendarRepository(database: database).workingCalendar()
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
        var expiring: [(BeneficiarySummary, GregorianDay)] = []
        if Access.staff(BeneficiaryRoutes.editors).admits(staff) {
            expiring = try await AccessMiddleware.withinBranch(
                try await BeneficiaryRepository(database: database).identitiesExpiring(
                    from: today, through: today.adding(days: 30)), staff: staff, database: database
            ) { $0.0.id }
        }
        return Self(
            displayName: staff.displayName, roles: staff.roles.sorted(), branchName: branch?.name(in: language),
            areas: DeskArea.areas(for: staff), dueFollowUps: Array(due.prefix(10)),
            moreFollowUps: max(0, due.count - 10), overdueRequests: overdue, dueSoonRequests: soon,
            unreadPolicies: try await PolicyRepository(database: database).unacknowledged(by: staff.id).count,
            referredQuestions: staff.roles.contains(.researcher) ? try await contacts.referred(to: staff.id) : [],
            expiringIdentities: expiring.map {
                DeskPage.ExpiringIdentity(beneficiaryID: $0.0.id, name: $0.0.fullName, expiresOn: $0.1)
            },
            notices: try await OutboxRepository(database: database).inbox(beneficiaryID: staff.id, limit: 5))
    }
}
