import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

extension Strings {
    func proposalStatus(_ status: HouseholdProposalStatus) -> String {
        switch status {
        case .approved: return self[.proposalApproved]
        case .rejected: return self[.proposalRejected]
        case .pending: return self[.proposalPending]
        }
    }
}
