import ManaratDomain
import Vapor

/// The key under which a route's `Access` is kept in `Route.userInfo`, so tests can walk the
/// route table and check each route's rule from the outside.
public enum RouteAccessKey {
    /// The `userInfo` key.
    public static let key = "manarat.access"
}
