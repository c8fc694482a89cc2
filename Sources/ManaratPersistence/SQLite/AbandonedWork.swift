import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import ManaratDomain
import NIOConcurrencyHelpers
import NIOCore
import SQLKit

/// Work whose request was already answered (503 at its deadline): its writes must not be saved.
///
/// The request's deadline sets the flag; the work carries it as a task-local value, which every
/// task it starts inherits (Vapor runs route handlers in tasks of their own, so cancellation alone
/// would not reach them). `writeTransaction` checks it before each write and before it commits.
public enum AbandonedWork {
    /// Set by the deadline when the request was answered without this work.
    @TaskLocal public static var flag: NIOLockedValueBox<Bool>?
}
