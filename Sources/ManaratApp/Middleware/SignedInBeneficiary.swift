import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The beneficiary of this portal request.
struct SignedInBeneficiary: Sendable {
    var id: UUID
    var fileNumber: String
    var displayName: String
    var sessionID: UUID
    var tokenHash: String
}
