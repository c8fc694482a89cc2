import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Everything about one request that its page and its actions need.
struct RequestFile {
    var request: SupportRequest
    var type: RequestType
    var beneficiary: Beneficiary
    var documents: [RequestDocument]
    var householdIdentities: Set<String>
    var reports: [ResearchReport]
}
