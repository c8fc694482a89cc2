import ManaratDomain
import Vapor

/// The research committee: its queue, meetings with quorum, votes, decisions and minutes.
enum CommitteeRoutes {
    /// Who may read the committee's queue, meetings and minutes.
    static let readers: Set<Role> = [.admin, .committee, .quality]
    /// Who may call a meeting.
    static let organizers: Set<Role> = [.admin, .committee]

    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let committee = CommitteeController()
        routes.on(.GET, StaffURL.committee, access: .staff(readers), use: committee.queue)
        routes.on(.GET, StaffURL.meetingNew, access: .staff(organizers), use: committee.showNew)
        routes.on(.POST, StaffURL.meetingNew, access: .staff(organizers), use: committee.create)
        routes.on(.GET, StaffURL.meeting(placeholder), access: .staff(readers), use: committee.show)
        routes.on(.POST, StaffURL.meetingVote(placeholder), access: .staff([.committee]), use: committee.vote)
        routes.on(.POST, StaffURL.meetingDecide(placeholder), access: .staff([.committee]), use: committee.decide)
        routes.on(.GET, StaffURL.meetingMinutes(placeholder), access: .staff(readers), use: committee.minutes)
    }
}
