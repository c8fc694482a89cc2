import Foundation

@testable import ManaratApp

/// How many passwords a hasher compared.
actor ComparisonTally {
    private(set) var count = 0

    func add() { count += 1 }
}

extension PasswordHasher {
    /// A quick stand-in for bcrypt: the "hash" of a password is `hash:` and the password, and
    /// every comparison is counted in `tally`.
    static func counting(_ tally: ComparisonTally) -> PasswordHasher {
        PasswordHasher(
            hash: { "hash:" + $0 },
            verify: { password, hash in
                await tally.add()
                return hash == "hash:" + password
            })
    }
}
