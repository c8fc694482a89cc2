import Foundation

/// What changed because of a complaint or suggestion (الإجراء التحسيني المتخذ).
public struct ImprovementAction: Sendable, Equatable, Codable {
    /// What changed.
    public var what: String
    /// Who owns the change.
    public var owner: String
    /// When it was, or will be, done.
    public var on: GregorianDay

    /// Creates an action.
    public init(what: String, owner: String, on: GregorianDay) {
        self.what = what
        self.owner = owner
        self.on = on
    }
}
