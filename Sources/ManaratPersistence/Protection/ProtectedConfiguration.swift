import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import ManaratDomain
import NIOConcurrencyHelpers
import NIOCore
import SQLKit

/// Any driver's configuration with the data key attached.
struct ProtectedConfiguration: DatabaseConfiguration, CarriesDataProtection {
    var inner: any DatabaseConfiguration
    let protection: DataProtection
    let ids: IDGenerator

    var middleware: [any AnyModelMiddleware] {
        get { inner.middleware }
        set { inner.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        inner.makeDriver(for: databases)
    }
}
