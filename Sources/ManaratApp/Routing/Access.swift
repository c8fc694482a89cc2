import ManaratDomain
import Vapor

/// Who may use a route. Every route declares one; there is no default, so access is denied
/// unless a route says otherwise.
public enum Access: Sendable, Equatable {
    /// Anyone, signed in or not.
    case everyone
    /// Any signed-in staff member, whatever their roles.
    case anyStaff
    /// Signed-in staff holding at least one of these roles.
    case staff(Set<Role>)
    /// A beneficiary signed in to the portal; staff sessions do not count.
    case beneficiary

    /// Whether a signed-in staff member passes.
    func admits(_ staff: StaffMember?) -> Bool {
        switch self {
        case .everyone: return true
        case .anyStaff: return staff != nil
        case .staff(let roles): return staff?.holdsAny(of: roles) ?? false
        case .beneficiary: return false
        }
    }
}
