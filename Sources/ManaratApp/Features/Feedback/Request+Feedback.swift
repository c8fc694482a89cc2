import Fluent
import Foundation
import ManaratPersistence
import Vapor

extension Request {
    /// The feedback service on `database` (this request's connection unless given), with this
    /// instance's clock and time zone; its messages are stamped with this request's moment.
    func feedback(on database: (any Database)? = nil) -> FeedbackService {
        let configuration = manarat.configuration
        return FeedbackService(
            store: DatabaseFeedbackStore(database: database ?? db, configuration: configuration, now: now),
            clock: configuration.clock, timeZone: configuration.timeZone)
    }
}
