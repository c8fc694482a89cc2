import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import ManaratDomain
import NIOConcurrencyHelpers
import NIOCore
import SQLKit

/// Errors raised while opening the database, with a message an operator can act on.
public struct DatabaseSetupError: Error, CustomStringConvertible {
    /// What went wrong.
    public var description: String

    /// Creates an error with its message.
    public init(description: String) {
        self.description = description
    }
}
