import Foundation
import ManaratDomain

/// The research committee's words, Arabic and English side by side.
struct CommitteeText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    /// A problem's message.
    func problem(_ problem: CommitteeProblem) -> String {
        switch problem {
        case .heldOnMissing: return strings[.fieldRequired]
        case .heldOn(let error): return DateInputMessages.message(for: error, strings: strings)
        case .quorumNotMet(let quorum), .decisionWithoutQuorum(let quorum):
            return strings.format(.quorumNotMet, ["quorum": strings.number(quorum)])
        case .agendaRequired: return strings[.agendaRequired]
        case .notMeetingMember: return strings[.notMeetingMember]
        case .notAtCommittee: return strings[.actionNotAllowedNow]
        case .conflict(let reason): return RequestText(strings: strings).problem(.conflict(reason))
        case .votesMissing(let names): return strings.format(.votesMissing, ["names": strings.list(names)])
        case .serviceRequired: return strings[.serviceRequired]
        case .rejectionReasonRequired: return strings[.rejectionReasonRequired]
        case .request(let problem): return RequestText(strings: strings).problem(problem)
        }
    }

    /// The problems as a page lists them, each next to its field.
    func errors(_ problems: [CommitteeProblem]) -> [FieldError] {
        problems.map { FieldError(field: $0.field, message: problem($0)) }
    }
}
