import Foundation
import ManaratDomain

/// A staff member was kept from acting on a request they are related to.
struct ConflictRefusal: Error {
    let reason: ConflictReason
}
