import ManaratDomain
import Vapor

/// Volunteers: the public application, and the staff's approval, tasks and hours.
enum VolunteerRoutes {
    /// Who manages volunteers.
    static let managers: Set<Role> = [.admin, .relations]
    /// Who may read volunteers.
    static let readers: Set<Role> = [.admin, .relations, .quality]

    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let volunteers = VolunteerController()
        routes.on(.GET, PublicURL.volunteerApply, access: .everyone, use: volunteers.showPublicApplication)
        routes.on(.POST, PublicURL.volunteerApply, access: .everyone, use: volunteers.submitPublicApplication)
        routes.on(.GET, PublicURL.volunteerThanks, access: .everyone, use: volunteers.publicThanks)
        routes.on(.GET, StaffURL.volunteers, access: .staff(readers), use: volunteers.list)
        routes.on(.GET, StaffURL.volunteerNew, access: .staff(managers), use: volunteers.showNew)
        routes.on(.POST, StaffURL.volunteerNew, access: .staff(managers), use: volunteers.create)
        routes.on(.GET, StaffURL.volunteer(placeholder), access: .staff(readers), use: volunteers.show)
        routes.on(.POST, StaffURL.volunteerStatus(placeholder), access: .staff(managers), use: volunteers.setStatus)
        routes.on(
            .POST, StaffURL.volunteerAssignment(placeholder), access: .staff(managers), use: volunteers.addAssignment)
        routes.on(.POST, StaffURL.volunteerHours(placeholder), access: .staff(managers), use: volunteers.addHours)
    }
}
