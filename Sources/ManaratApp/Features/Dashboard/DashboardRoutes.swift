import ManaratDomain
import Vapor

/// The management dashboard: aggregate figures and their CSV export.
enum DashboardRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let dashboard = DashboardController()
        routes.on(.GET, StaffURL.dashboard, access: .staff(DashboardController.readers), use: dashboard.show)
        routes.on(.GET, StaffURL.dashboardExport, access: .staff(DashboardController.readers), use: dashboard.export)
    }
}
