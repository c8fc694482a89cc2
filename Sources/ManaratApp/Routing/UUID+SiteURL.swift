import Foundation
import Vapor

/// The id placeholder used when registering a route whose path holds an id.
extension UUID {
    /// A value used only to name the route's parameter at registration.
    public static let routePlaceholder = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
}
