import Fluent
import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import Vapor
import VaporTesting

/// What a test gets besides the app: its clock.
public struct TestHarness: Sendable {
    /// The pinned clock the app reads.
    public let clock: TestClock
}
