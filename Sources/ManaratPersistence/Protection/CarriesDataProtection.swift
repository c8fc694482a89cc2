import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import ManaratDomain
import NIOConcurrencyHelpers
import NIOCore
import SQLKit

/// A database configuration that carries the data key, so that a repository handed any database
/// of Manarat's (a request's, a transaction's, the SQLite writer's) can seal and open fields
/// without every caller passing the key along.
protocol CarriesDataProtection {
    var protection: DataProtection { get }
}
