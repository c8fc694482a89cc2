import ManaratDomain

/// Why a committee action was refused, and the form field it marks.
enum CommitteeProblem: Error, Equatable, Sendable {
    case heldOnMissing
    case heldOn(DateInputError)
    /// Fewer members present than the quorum.
    case quorumNotMet(quorum: Int)
    case agendaRequired
    /// Only members present at the meeting vote and decide.
    case notMeetingMember(MeetingField)
    /// The request is no longer at the committee.
    case notAtCommittee
    /// The member is related to the applicant.
    case conflict(ConflictReason)
    /// These members present have not voted yet.
    case votesMissing(names: [String])
    /// Fewer members who may vote on this request than the quorum.
    case decisionWithoutQuorum(quorum: Int)
    case serviceRequired
    case rejectionReasonRequired
    /// The request workflow refused the decision.
    case request(RequestProblem)

    /// The form of the meeting page a refusal belongs to.
    enum MeetingField: String, Sendable {
        case vote, decision
    }

    /// The field the page marks, by its HTML name.
    var field: String {
        switch self {
        case .heldOnMissing, .heldOn: return MeetingForm.Field.heldOn.rawValue
        case .quorumNotMet: return MeetingForm.Field.members.rawValue
        case .agendaRequired: return MeetingForm.Field.requests.rawValue
        case .notMeetingMember(let field): return field.rawValue
        case .notAtCommittee, .conflict: return MeetingField.vote.rawValue
        case .votesMissing, .decisionWithoutQuorum, .request: return MeetingField.decision.rawValue
        case .serviceRequired: return DecisionForm.Field.service.rawValue
        case .rejectionReasonRequired: return DecisionForm.Field.reasons.rawValue
        }
    }
}
