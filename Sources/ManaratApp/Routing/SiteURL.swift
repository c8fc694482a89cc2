import Foundation
import Vapor

/// A typed address in the site: it both registers its route and builds every link to it, so a
/// link can never point at a route that does not exist.
public protocol SiteURL: Sendable {
    /// The path segments; a value such as an id becomes a route parameter.
    var segments: [Segment] { get }
}

extension SiteURL {
    /// The path to use in links, such as "/staff/admin/staff/3F…/edit".
    public var path: String {
        "/"
            + segments.map { segment in
                switch segment {
                case .literal(let word): return word
                case .parameter(_, let value):
                    return value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? value
                }
            }.joined(separator: "/")
    }

    /// The path with a query string.
    public func path(query: [(String, String)]) -> String {
        var components = URLComponents()
        components.queryItems = query.map { URLQueryItem(name: $0.0, value: $0.1) }
        guard let encoded = components.percentEncodedQuery, !encoded.isEmpty else { return path }
        return path + "?" + encoded
    }

    /// The components the router registers.
    public var pathComponents: [PathComponent] {
        segments.map { segment in
            switch segment {
            case .literal(let word): return .constant(word)
            case .parameter(let name, _): return .parameter(name.rawValue)
            }
        }
    }
}
