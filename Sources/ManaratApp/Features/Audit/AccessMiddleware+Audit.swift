import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

extension AccessMiddleware {
    /// Notes the acting role on the request for the audit log.
    static func actingRole(for access: Access, staff: StaffMember) -> Role? {
        switch access {
        case .staff(let roles): return staff.roles.intersection(roles).sorted().first
        case .anyStaff, .everyone, .beneficiary: return nil
        }
    }
}
