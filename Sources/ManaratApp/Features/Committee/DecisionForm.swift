import Foundation
import ManaratDomain
import Vapor

/// The committee's decision on one request, as its tally says.
struct DecisionForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case requestID, service, amount, quantity, reasons, note
    }

    var requestID: String?
    var service: String?
    var amount: String?
    var quantity: String?
    var reasons: [String]?
    var note: String?

    /// The request decided on; nil for a forged post.
    var request: UUID? { requestID.flatMap(UUID.init(uuidString:)) }

    /// The decision `outcome` calls for, taken at `now` in `meetingID`, or what it lacks.
    func decision(_ outcome: CommitteeOutcome, quorum: Int, meetingID: UUID, at now: Date) -> Result<
        RequestDecision, CommitteeProblems
    > {
        let reasons = (self.reasons ?? []).compactMap(RejectionReason.init(rawValue:))
        let service = self.service.flatMap(ServiceKind.init(rawValue:))
        var problems: [CommitteeProblem] = []
        switch outcome {
        case .noQuorum: problems.append(.decisionWithoutQuorum(quorum: quorum))
        case .approved: if service == nil { problems.append(.serviceRequired) }
        case .rejected: if reasons.isEmpty { problems.append(.rejectionReasonRequired) }
        case .deferred: break
        }
        guard problems.isEmpty else { return .failure(CommitteeProblems(problems: problems)) }
        let note = (self.note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return .success(
            RequestDecision(
                outcome: outcome, decidedAt: now, service: outcome == .approved ? service : nil,
                amount: outcome == .approved ? (Money.parse(amount ?? "") ?? .zero) : .zero,
                quantity: String((quantity ?? "").prefix(300)), reasons: outcome == .rejected ? reasons : [],
                note: String(note.prefix(2000)), meetingID: meetingID))
    }
}
