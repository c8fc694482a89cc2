import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

extension Strings {
    func proposalStatus(_ status: String) -> String {
        switch status {
        case "approved": return self[.proposalApproved]
        case "rejected": return self[.proposalRejected]
        default: return self[.proposalPending]
        }
    }
}
