import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// A stopped response clock, as the request pages show it.
struct PausedClock: Equatable {
    /// The day the request began waiting on the applicant.
    var since: GregorianDay
    /// The expected response day if what is missing arrives today.
    var expectedIfAnsweredToday: GregorianDay
}
