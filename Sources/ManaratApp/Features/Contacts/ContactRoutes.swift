import ManaratDomain
import Vapor

/// Contacts with every kind of party, on the policy's channels, with their follow-ups.
enum ContactRoutes {
    /// Who records contacts with beneficiaries and their follow-ups.
    static let recorders: Set<Role> = [.admin, .relations, .researcher, .delivery]

    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let contacts = ContactController()
        routes.on(
            .POST, StaffURL.beneficiaryContact(placeholder), access: .staff(recorders), use: contacts.addForBeneficiary)
        routes.on(
            .POST, StaffURL.supporterContact(placeholder), access: .staff(SupporterRoutes.managers),
            use: contacts.addForSupporter)
        routes.on(
            .POST, StaffURL.volunteerContact(placeholder), access: .staff(VolunteerRoutes.managers),
            use: contacts.addForVolunteer)
        routes.on(.POST, StaffURL.followUpDone(placeholder), access: .staff(recorders), use: contacts.markDone)
    }
}
