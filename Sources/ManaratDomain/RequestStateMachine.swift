import Foundation

/// The rules for moving a support request from one status to the next.
public enum RequestStateMachine {
    /// The status after `event`, or why it is refused.
    public static func apply(_ event: RequestEvent, to status: RequestStatus, facts: RequestFacts) -> Result<
        RequestStatus, TransitionRefusal
    > {
        guard let target = target(of: event, from: status) else {
            return .failure(.notAllowed(from: status, event: event))
        }
        if let refusal = guardRefusal(of: event, from: status, facts: facts) {
            return .failure(refusal)
        }
        return .success(target)
    }

    /// The events that would be accepted now (for showing buttons).
    public static func allowedEvents(from status: RequestStatus, facts: RequestFacts) -> [RequestEvent] {
        RequestEvent.allCases.filter { event in
            (try? apply(event, to: status, facts: facts).get()) != nil
        }
    }

    /// The status an event leads to, ignoring guards; nil when the move does not exist.
    private static func target(of event: RequestEvent, from status: RequestStatus) -> RequestStatus? {
        switch (status, event) {
        case (.draft, .submit):
            return .submitted
        // A document accepted at registration can turn out invalid later, so
        // a registered request can still go back to the applicant.
        case (.submitted, .markIncomplete), (.registered, .markIncomplete):
            return .incomplete
        case (.submitted, .completeRegistration), (.incomplete, .completeRegistration):
            return .registered
        case (.registered, .referToResearch), (.deferred, .referToResearch):
            return .inResearch
        case (.registered, .sendToCommittee), (.inResearch, .sendToCommittee), (.deferred, .returnToCommittee):
            return .atCommittee
        case (.atCommittee, .approve):
            return .approved
        case (.atCommittee, .reject):
            return .rejected
        case (.atCommittee, .defer_):
            return .deferred
        case (.approved, .startDelivery):
            return .inDelivery
        case (.inDelivery, .completeDelivery):
            return .completed
        // Once approved the charity has committed resources, so stopping is a
        // delivery matter rather than a withdrawal.
        case (.draft, .withdraw), (.submitted, .withdraw), (.incomplete, .withdraw),
            (.registered, .withdraw), (.inResearch, .withdraw), (.atCommittee, .withdraw),
            (.deferred, .withdraw):
            return .withdrawn
        default:
            return nil
        }
    }

    /// The first unmet condition of an existing move, in the order an employee
    /// would fix them: the signature, then the research, then the paperwork.
    private static func guardRefusal(of event: RequestEvent, from status: RequestStatus, facts: RequestFacts)
        -> TransitionRefusal?
    {
        switch event {
        case .completeRegistration:
            return facts.documentsComplete ? nil : .documentsIncomplete
        case .sendToCommittee:
            if !facts.attested {
                return .attestationMissing
            }
            // Only a request that went to research owes the committee a report;
            // a clear case may go from registration straight to the committee.
            if status == .inResearch, !facts.hasResearchReport {
                return .researchReportMissing
            }
            if !facts.documentsComplete {
                return .documentsIncomplete
            }
            return nil
        default:
            return nil
        }
    }
}
