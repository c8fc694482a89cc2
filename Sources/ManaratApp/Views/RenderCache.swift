import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// A small map of rendered HTML (whole fragments, table rows, or a page cut at its form tokens),
/// shared between requests. The key holds everything the value was rendered from, so an entry is
/// never stale; the map is emptied when it grows past `limit` entries, so it stays small.
final class RenderCache<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private let limit: Int
    private var values: [Key: Value] = [:]

    init(limit: Int) {
        self.limit = limit
    }

    /// The value under `key`, made by `make` the first time.
    func value(for key: Key, make: () -> Value) -> Value {
        if let hit = lock.withLock({ values[key] }) { return hit }
        let made = make()
        lock.withLock {
            if values.count > limit { values.removeAll() }
            values[key] = made
        }
        return made
    }
}
