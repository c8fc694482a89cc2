import ManaratDomain
import Vapor

extension Route {
    /// The access rule declared when the route was registered; nil means a route registered
    /// around `SiteRoutes`, which the route-table test refuses.
    public var access: Access? {
        userInfo[RouteAccessKey.key] as? Access
    }

    /// The most a route reads of a request body, as registered (`body: .collect(maxSize:)`); nil
    /// means the application's default.
    public var bodyLimit: Int? {
        userInfo["manarat.bodyLimit"] as? Int
    }
}
