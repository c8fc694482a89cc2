import Foundation

/// A research committee member's vote (التصويت).
///
/// The raw values are stored in the minutes and never renamed.
public enum Vote: String, CaseIterable, Codable, Sendable {
    /// Approve (موافقة).
    case approve
    /// Reject (رفض).
    case reject
    /// Defer (تأجيل); spelled with an underscore because `defer` is a keyword.
    case defer_ = "defer"
}

/// What a committee meeting decided on one request.
public enum CommitteeOutcome: Sendable, Equatable {
    /// The request is approved.
    case approved
    /// The request is rejected.
    case rejected
    /// The decision is postponed.
    case deferred
    /// Too few members were present for any decision to stand.
    case noQuorum
}

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

/// Why the committee rejected a request (أسباب الرفض), told to the applicant.
///
/// The raw values are stored in the database and never renamed.
public enum RejectionReason: String, CaseIterable, Codable, Sendable {
    /// The applicant falls in no category the charity serves.
    case notEligible
    /// Documents were still missing or invalid.
    case incompleteDocuments
    /// Household income is above the threshold for support.
    case incomeAboveThreshold
    /// The same need is already supported by this or another organization.
    case duplicateSupport
    /// The applicant lives outside the area the charity serves.
    case outsideServiceArea
    /// The data the applicant attested to proved false.
    case falseInformation
    /// Another reason, written out in the decision.
    case other
}
