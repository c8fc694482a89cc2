import ManaratDomain
import Vapor

/// The beneficiary categories: administrators only.
enum CategoryRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let categories = CategoryController()
        routes.on(.GET, StaffURL.categories, access: .staff([.admin]), use: categories.list)
        routes.on(.GET, StaffURL.categoryNew, access: .staff([.admin]), use: categories.showNew)
        routes.on(.POST, StaffURL.categoryNew, access: .staff([.admin]), use: categories.create)
        routes.on(.GET, StaffURL.categoryEdit(placeholder), access: .staff([.admin]), use: categories.showEdit)
        routes.on(.POST, StaffURL.categoryEdit(placeholder), access: .staff([.admin]), use: categories.update)
    }
}
