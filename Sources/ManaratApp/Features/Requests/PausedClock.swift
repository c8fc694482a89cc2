import Foundation
import ManaratDomain

/// A stopped response clock, as the request pages show it.
struct PausedClock: Sendable, Equatable {
    /// The day the request began waiting on the applicant.
    var since: GregorianDay
    /// The expected response day if what is missing arrives today.
    var expectedIfAnsweredToday: GregorianDay
}
