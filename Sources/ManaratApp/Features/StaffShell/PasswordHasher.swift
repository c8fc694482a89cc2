import NIOPosix
import Vapor

/// Hashing and checking passwords, as closures so that a service can be given the real bcrypt
/// (off the event loop, on the thread pool) or a quick twin in tests that also counts how many
/// comparisons were made.
struct PasswordHasher: Sendable {
    /// The hash to store for a new password.
    var hash: @Sendable (_ password: String) async throws -> String
    /// Whether `password` is the one `hash` was made from.
    var verify: @Sendable (_ password: String, _ hash: String) async throws -> Bool

    /// bcrypt at `cost`, run on `threadPool` so that a slow hash never blocks an event loop.
    static func bcrypt(cost: Int, threadPool: NIOThreadPool) -> PasswordHasher {
        PasswordHasher(
            hash: { password in try await threadPool.runIfActive { try Bcrypt.hash(password, cost: cost) } },
            verify: { password, hash in
                try await threadPool.runIfActive { try Bcrypt.verify(password, created: hash) }
            })
    }
}
