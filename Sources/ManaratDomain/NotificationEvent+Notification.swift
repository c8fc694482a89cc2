import Foundation

extension NotificationEvent {
    /// The notice a step of the request's life sends its applicant, if any: each step the
    /// beneficiary would otherwise have to ask about.
    public init?(requestEvent: RequestEvent) {
        switch requestEvent {
        case .markIncomplete: self = .documentsMissing
        case .completeRegistration: self = .requestReceived
        case .referToResearch: self = .referredToResearch
        case .sendToCommittee, .returnToCommittee: self = .atCommittee
        case .approve: self = .requestApproved
        case .reject: self = .requestRejected
        case .completeDelivery: self = .serviceDelivered
        case .submit, .defer_, .startDelivery, .withdraw: return nil
        }
    }
}
