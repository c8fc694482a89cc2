import Foundation
import ManaratDomain
import ManaratPersistence

extension MeetingPage.Model {
    /// Meeting `id` as `staff` sees it, with `problems`; nil when there is no such meeting.
    static func query(
        _ store: any CommitteeStore, requests: any RequestStore, staff: [StaffMember], id: UUID, viewer: StaffMember?,
        problems: [CommitteeProblem] = []
    ) async throws -> Self? {
        guard let meeting = try await store.meeting(id: id) else { return nil }
        let votes = try await store.votes(meetingID: id)
        var items: [MeetingItem] = []
        for requestID in meeting.requestIDs {
            guard let file = try await requests.file(id: requestID) else { continue }
            items.append(MeetingItem(file: file, votes: votes.filter { $0.requestID == requestID }))
        }
        return Self(
            meeting: meeting, members: meeting.memberIDs.compactMap { id in staff.first { $0.id == id } },
            items: items, staffID: viewer?.id, isMember: viewer.map { meeting.memberIDs.contains($0.id) } ?? false,
            problems: problems)
    }
}
