import Foundation

/// Who moves a request: a staff member at the desk, or the applicant in the portal.
public enum RequestActor: Sendable, Equatable {
    /// A staff member, held to the conflict-of-interest guard.
    case staff(StaffMember)
    /// The signed-in applicant, who may act only on their own requests.
    case beneficiary(id: UUID, name: String)

    /// The actor's id, as the request's history records it.
    public var id: UUID {
        switch self {
        case .staff(let member): return member.id
        case .beneficiary(let id, _): return id
        }
    }

    /// The actor's name, as the request's history shows it.
    public var name: String {
        switch self {
        case .staff(let member): return member.displayName
        case .beneficiary(_, let name): return name
        }
    }

    /// The staff member, when staff act.
    public var staff: StaffMember? {
        if case .staff(let member) = self { return member }
        return nil
    }
}
