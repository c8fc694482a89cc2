import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

extension Response {
    /// An HTML page response.
    static func html(_ html: String, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: html))
    }
}
