import Foundation
import ManaratDomain
import NIOConcurrencyHelpers

extension IDGenerator {
    /// Identifiers counted from 1 (`00000000-0000-4000-8000-000000000001`, …), so a test can name
    /// the id a record will get before it is made.
    public static func sequential() -> IDGenerator {
        let counter = NIOLockedValueBox(0)
        return IDGenerator(next: {
            let value = counter.withLockedValue { value -> Int in
                value += 1
                return value
            }
            return UUID(uuidString: "00000000-0000-4000-8000-" + String(format: "%012x", value))!
        })
    }
}
