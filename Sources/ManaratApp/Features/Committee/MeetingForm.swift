import Foundation
import ManaratDomain
import Vapor

/// A committee meeting as called: its day, place, the members present and the agenda.
struct MeetingForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case heldOn, heldOnCalendar, location, members, requests
    }

    var heldOn: String?
    var heldOnCalendar: String?
    var location: String?
    var members: [String]?
    var requests: [String]?

    /// The meeting, its members among `committee` and its agenda among `queue`, or every problem.
    func parsed(committee: [StaffMember], quorum: Int, queue: [UUID]) -> Result<MeetingDraft, CommitteeProblems> {
        var problems: [CommitteeProblem] = []
        var day: GregorianDay?
        switch FormDay(heldOn, calendar: heldOnCalendar) {
        case .empty: problems.append(.heldOnMissing)
        case .day(let value): day = value
        case .invalid(let error): problems.append(.heldOn(error))
        }
        let present = (members ?? []).compactMap(UUID.init(uuidString:)).filter { id in
            committee.contains { $0.id == id }
        }
        if present.count < quorum { problems.append(.quorumNotMet(quorum: quorum)) }
        let agenda = (requests ?? []).compactMap(UUID.init(uuidString:)).filter(queue.contains)
        if agenda.isEmpty { problems.append(.agendaRequired) }
        guard problems.isEmpty, let day else { return .failure(CommitteeProblems(problems: problems)) }
        return .success(
            MeetingDraft(
                heldOn: day, location: String((location ?? "").prefix(200)), quorum: quorum, memberIDs: present,
                requestIDs: agenda))
    }
}
