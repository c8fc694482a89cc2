import Foundation
import ManaratDomain
import Vapor

/// A member's vote on one request of the meeting.
struct VoteForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case requestID, vote, comment
    }

    var requestID: String?
    var vote: String?
    var comment: String?

    /// The request voted on and the vote; nil for a forged post.
    var parsed: (requestID: UUID, vote: Vote, comment: String)? {
        guard let id = requestID.flatMap(UUID.init(uuidString:)), let vote = vote.flatMap(Vote.init(rawValue:)) else {
            return nil
        }
        return (id, vote, String((comment ?? "").prefix(1000)))
    }
}
