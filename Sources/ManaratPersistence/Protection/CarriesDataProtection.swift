import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import ManaratDomain
import NIOConcurrencyHelpers
import NIOCore
import SQLKit

/// A database configuration that carries the data key and the id generator, so that a repository
/// handed any database of Manarat's (a request's, a transaction's, the SQLite writer's) can seal
/// and open fields and name new rows without every caller passing them along; tests pin the ids.
protocol CarriesDataProtection {
    var protection: DataProtection { get }
    var ids: IDGenerator { get }
}
