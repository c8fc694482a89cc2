@preconcurrency import Crypto
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// What every request handler shares: the configuration and the signing key.
public struct AppServices: Sendable {
    /// The configuration the app was built with.
    public var configuration: AppConfiguration
    /// The key that signs CSRF tokens; shared by every instance through configuration or the database.
    public var signingKey: SymmetricKey
    /// A bcrypt hash of a random password nobody knows, at the configured cost: checked when a
    /// username is unknown, so a wrong username takes as long to refuse as a wrong password.
    public var decoyPasswordHash: String
    /// Seals sensitive fields and hashes identity numbers; the same one the database carries.
    public var protection: DataProtection
    /// The holiday calendar, read at most once a minute.
    public let calendarCache = CalendarCache()
}
