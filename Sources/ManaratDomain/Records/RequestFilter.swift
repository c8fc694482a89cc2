import Foundation

/// Which requests a list shows.
public struct RequestFilter: Sendable, Equatable {
    /// Only these statuses (all when empty).
    public var statuses: Set<RequestStatus>
    /// Only this branch.
    public var branchID: UUID?
    /// This branch and requests of no branch (for staff confined to a branch, `BranchScope`).
    public var withinBranch: UUID?
    /// Only this researcher's.
    public var researcherID: UUID?
    /// Only this applicant's.
    public var beneficiaryID: UUID?
    /// Only those whose expected response day is on or before this day.
    public var dueOnOrBefore: GregorianDay?
    /// Only those whose expected response day is on or after this day.
    public var dueOnOrAfter: GregorianDay? = nil
    /// Order by due day (oldest first) instead of newest first.
    public var byDueDay: Bool
    /// Only requests whose reference, description or field values hold every word of this text
    /// (Arabic-normalized, the article dropped); a search always lists newest first.
    public var text: String = ""

    /// Creates a filter.
    public init(
        statuses: Set<RequestStatus> = [], branchID: UUID? = nil, researcherID: UUID? = nil, beneficiaryID: UUID? = nil,
        dueOnOrBefore: GregorianDay? = nil, byDueDay: Bool = false
    ) {
        self.statuses = statuses
        self.branchID = branchID
        self.researcherID = researcherID
        self.beneficiaryID = beneficiaryID
        self.dueOnOrBefore = dueOnOrBefore
        self.byDueDay = byDueDay
    }
}
