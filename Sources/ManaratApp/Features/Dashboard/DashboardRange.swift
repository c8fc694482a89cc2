import Foundation
import ManaratDomain

/// The days and branch the dashboard counts.
struct DashboardRange: Sendable, Equatable {
    /// The first day counted.
    var from: GregorianDay
    /// The last day counted, whole.
    var until: GregorianDay
    /// One branch, or nil for all.
    var branchID: UUID?
}
