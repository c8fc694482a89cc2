import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import ManaratDomain
import NIOConcurrencyHelpers
import NIOCore
import SQLKit

/// A task executor that runs each job where it was resumed, at once.
///
/// The write group's leader runs on it: when SQLite's thread finishes a statement and resumes the
/// leader, the leader goes on right there and hands SQLite its next statement, instead of waking
/// an event loop to do it (two thread switches a statement, which capped the group).
final class ContinueInPlace: TaskExecutor {
    static let executor = ContinueInPlace()

    func enqueue(_ job: consuming ExecutorJob) {
        job.runSynchronously(on: asUnownedTaskExecutor())
    }
}
