import ManaratDomain
import Vapor

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
