import ManaratDomain
import Vapor

/// Who may use a route. Every route declares one; there is no default, so access is denied
/// unless a route says otherwise.
public enum Access: Sendable, Equatable {
    /// Anyone, signed in or not.
    case everyone
    /// Any signed-in staff member, whatever their roles.
    case anyStaff
    /// Signed-in staff holding at least one of these roles.
    case staff(Set<Role>)
    /// A beneficiary signed in to the portal; staff sessions do not count.
    case beneficiary

    /// Whether a signed-in staff member passes.
    func admits(_ staff: StaffMember?) -> Bool {
        switch self {
        case .everyone: return true
        case .anyStaff: return staff != nil
        case .staff(let roles): return staff?.holdsAny(of: roles) ?? false
        case .beneficiary: return false
        }
    }
}

/// The key under which a route's `Access` is kept in `Route.userInfo`, so tests can walk the
/// route table and check each route's rule from the outside.
public enum RouteAccessKey {
    /// The `userInfo` key.
    public static let key = "manarat.access"
}

public extension Route {
    /// The access rule declared when the route was registered; nil means a route registered
    /// around `SiteRoutes`, which the route-table test refuses.
    var access: Access? {
        userInfo[RouteAccessKey.key] as? Access
    }

    /// The most a route reads of a request body, as registered (`body: .collect(maxSize:)`); nil
    /// means the application's default.
    var bodyLimit: Int? {
        userInfo["manarat.bodyLimit"] as? Int
    }
}

extension RoutesBuilder {
    /// Registers `url` for `method` with its access rule and handler.
    @discardableResult
    func on<Response: AsyncResponseEncodable>(
        _ method: HTTPMethod,
        _ url: some SiteURL,
        access: Access,
        body: HTTPBodyStreamStrategy = .collect,
        use handler: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        let guarded = self.grouped(AccessMiddleware(access: access))
        let route = guarded.on(method, url.pathComponents, body: body, use: handler)
        route.userInfo[RouteAccessKey.key] = access
        if case .collect(let limit?) = body { route.userInfo["manarat.bodyLimit"] = limit.value }
        return route
    }
}
