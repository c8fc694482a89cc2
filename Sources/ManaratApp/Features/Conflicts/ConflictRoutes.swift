import ManaratDomain
import Vapor

/// Conflict-of-interest declarations: each staff member's own, and the administrators' overview.
enum ConflictRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let declarations = DeclarationController()
        routes.on(.GET, StaffURL.declarations, access: .anyStaff, use: declarations.mine)
        routes.on(.POST, StaffURL.declarations, access: .anyStaff, use: declarations.declare)
        routes.on(.POST, StaffURL.declarationWithdraw(placeholder), access: .anyStaff, use: declarations.withdraw)
        routes.on(.GET, StaffURL.conflicts, access: .staff([.admin]), use: declarations.overview)
    }
}
