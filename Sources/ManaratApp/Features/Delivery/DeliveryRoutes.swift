import ManaratDomain
import Vapor

/// The service delivered on an approved request: scheduled, marked delivered, completed.
enum DeliveryRoutes {
    /// Who schedules and records deliveries.
    static let officers: Set<Role> = [.admin, .delivery]

    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let deliveries = DeliveryController()
        routes.on(.POST, StaffURL.requestDeliveries(placeholder), access: .staff(officers), use: deliveries.schedule)
        routes.on(
            .POST, StaffURL.requestDelivered(placeholder, placeholder), access: .staff(officers),
            use: deliveries.markDelivered)
        routes.on(.POST, StaffURL.requestComplete(placeholder), access: .staff(officers), use: deliveries.complete)
    }
}
