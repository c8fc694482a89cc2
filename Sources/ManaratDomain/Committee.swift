import Foundation

/// How the research committee (لجنة البحث) reaches a decision.
public enum Committee {
    /// Decides from the votes cast by present members: no quorum when fewer present than `quorum`; a strict majority of votes cast approves or rejects; anything else (ties, defer majority, no votes) defers.
    ///
    /// A split committee defers rather than deciding by a casting vote, so
    /// the applicant's case is looked at again instead of lost on a tie.
    public static func outcome(votes: [Vote], present: Int, quorum: Int) -> CommitteeOutcome {
        guard present >= quorum else { return .noQuorum }
        let approvals = votes.count { $0 == .approve }
        let rejections = votes.count { $0 == .reject }
        if approvals * 2 > votes.count {
            return .approved
        }
        if rejections * 2 > votes.count {
            return .rejected
        }
        return .deferred
    }
}
