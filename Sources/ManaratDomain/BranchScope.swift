import Foundation

/// Which branch's files a staff member works on.
///
/// The branch desks (beneficiary relations, social research, service delivery) serve the people
/// of their own branch: a member of staff posted to a branch and holding only those roles opens
/// and changes the files and requests of that branch, and of no branch yet (a portal
/// registration nobody has placed). The research committee, quality and management, and staff
/// posted to no branch (the head office), work across all branches. The policy is silent on
/// branches; this follows how the association's branch offices divide their caseloads.
public enum BranchScope {
    /// The roles whose work is confined to their branch.
    public static let branchDeskRoles: Set<Role> = [.relations, .researcher, .delivery]

    /// The branch `staff` is confined to, or nil when they work across branches.
    public static func confinement(of staff: StaffMember) -> UUID? {
        guard let branch = staff.branchID, !staff.roles.isEmpty, staff.roles.isSubset(of: branchDeskRoles) else {
            return nil
        }
        return branch
    }

    /// Whether `staff` may open a record of `recordBranch` (nil: of no branch).
    public static func admits(_ staff: StaffMember, recordBranch: UUID?) -> Bool {
        guard let confined = confinement(of: staff), let recordBranch else { return true }
        return confined == recordBranch
    }
}
