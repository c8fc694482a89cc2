import Foundation

/// How a person wants to be reached.
public struct NotificationPreference: Sendable, Equatable {
    /// The channel besides the portal inbox; nil means the inbox only.
    public var channel: NotificationChannel?
    /// The language messages are written in.
    public var language: Language
    /// Whether the person declined non-essential messages.
    public var optedOut: Bool

    /// Creates a preference.
    public init(channel: NotificationChannel?, language: Language, optedOut: Bool) {
        self.channel = channel
        self.language = language
        self.optedOut = optedOut
    }
}
