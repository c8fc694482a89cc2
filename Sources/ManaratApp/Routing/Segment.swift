import Foundation
import Vapor

/// One path segment of a `SiteURL`.
public enum Segment: Sendable, Equatable {
    /// A fixed word.
    case literal(String)
    /// A value, registered as the named route parameter.
    case parameter(name: RouteParameter, value: String)
}
