import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The signed-in staff member of this request, if any, with the session that carries them.
struct SignedInStaff: Sendable {
    var member: StaffMember
    var sessionID: UUID
    var tokenHash: String
    var mustChangePassword: Bool
}
