import ManaratDomain
import Vapor

/// The association's branch offices: administrators only.
enum BranchRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let branches = BranchAdminController()
        routes.on(.GET, StaffURL.branchList, access: .staff([.admin]), use: branches.list)
        routes.on(.GET, StaffURL.branchNew, access: .staff([.admin]), use: branches.showNew)
        routes.on(.POST, StaffURL.branchNew, access: .staff([.admin]), use: branches.create)
        routes.on(.GET, StaffURL.branchEdit(placeholder), access: .staff([.admin]), use: branches.showEdit)
        routes.on(.POST, StaffURL.branchEdit(placeholder), access: .staff([.admin]), use: branches.update)
    }
}
