import Fluent
import Foundation
import ManaratPersistence
import Vapor

extension Request {
    /// The data-protection service on `database` (this request's connection unless given), with
    /// this instance's clock, time zone and ids.
    func dataProtection(on database: (any Database)? = nil) -> DataProtectionService {
        let database = database ?? db
        return DataProtectionService(
            breaches: BreachRepository(database: database), retention: RetentionStoreRepository(database: database),
            dataRequests: PortalRepository(database: database), clock: manarat.configuration.clock,
            timeZone: manarat.configuration.timeZone)
    }
}
