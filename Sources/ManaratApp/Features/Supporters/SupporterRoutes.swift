import ManaratDomain
import Vapor

/// Supporters and their gifts, and the public contact page whose form records a new supporter.
enum SupporterRoutes {
    /// Who manages supporters.
    static let managers: Set<Role> = [.admin, .relations]
    /// Who may read supporters.
    static let readers: Set<Role> = [.admin, .relations, .quality]

    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let supporters = SupporterController()
        routes.on(.GET, StaffURL.supporters, access: .staff(readers), use: supporters.list)
        routes.on(.GET, StaffURL.supporterNew, access: .staff(managers), use: supporters.showNew)
        routes.on(.POST, StaffURL.supporterNew, access: .staff(managers), use: supporters.create)
        routes.on(.GET, StaffURL.supporter(placeholder), access: .staff(readers), use: supporters.show)
        routes.on(.GET, StaffURL.supporterEdit(placeholder), access: .staff(managers), use: supporters.showEdit)
        routes.on(.POST, StaffURL.supporterEdit(placeholder), access: .staff(managers), use: supporters.update)
        routes.on(.POST, StaffURL.supporterEntry(placeholder), access: .staff(managers), use: supporters.addEntry)

        let contactUs = ContactUsController()
        routes.on(.GET, PublicURL.contact, access: .everyone, use: contactUs.show)
        routes.on(.POST, PublicURL.contact, access: .everyone, use: contactUs.submit)
    }
}
