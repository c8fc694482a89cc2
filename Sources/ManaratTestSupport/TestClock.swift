import Foundation
import ManaratDomain
import NIOConcurrencyHelpers

/// A clock tests set and move forward, to check timeouts without waiting.
public final class TestClock: Sendable {
    private let current: NIOLockedValueBox<Date>

    /// A clock standing at `start` (by default 21 February 2023, 09:00 in Riyadh).
    public init(start: Date = Date(timeIntervalSince1970: 1_676_959_200)) {
        current = NIOLockedValueBox(start)
    }

    /// The current test time.
    public var now: Date { current.withLockedValue { $0 } }

    /// Moves the clock forward.
    public func advance(by interval: TimeInterval) {
        current.withLockedValue { $0 = $0.addingTimeInterval(interval) }
    }

    /// The clock as the app takes it.
    public var wallClock: WallClock {
        WallClock(now: { [current] in current.withLockedValue { $0 } })
    }
}
