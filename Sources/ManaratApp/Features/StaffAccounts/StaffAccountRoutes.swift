import ManaratDomain
import Vapor

/// Staff accounts and their roles: administrators only.
enum StaffAccountRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let staff = StaffAdminController()
        routes.on(.GET, StaffURL.staffList, access: .staff([.admin]), use: staff.list)
        routes.on(.GET, StaffURL.staffNew, access: .staff([.admin]), use: staff.showNew)
        routes.on(.POST, StaffURL.staffNew, access: .staff([.admin]), use: staff.create)
        routes.on(.GET, StaffURL.staffEdit(placeholder), access: .staff([.admin]), use: staff.showEdit)
        routes.on(.POST, StaffURL.staffEdit(placeholder), access: .staff([.admin]), use: staff.update)
        routes.on(.POST, StaffURL.staffResetPassword(placeholder), access: .staff([.admin]), use: staff.resetPassword)
    }
}
