import ManaratDomain
import Vapor

/// The audit log.
enum AuditRoutes {
    /// Who may read the audit log.
    static let readers: Set<Role> = [.admin, .quality]

    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        routes.on(.GET, StaffURL.audit, access: .staff(readers), use: AuditController().browse)
    }
}
