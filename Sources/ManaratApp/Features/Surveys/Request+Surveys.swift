import Fluent
import Foundation
import ManaratPersistence
import Vapor

extension Request {
    /// The survey service on `database` (this request's connection unless given), with this
    /// instance's clock and ids.
    func surveys(on database: (any Database)? = nil) -> SurveyService {
        SurveyService(
            store: SurveyStoreRepository(database: database ?? db), clock: manarat.configuration.clock,
            ids: manarat.configuration.ids)
    }
}
