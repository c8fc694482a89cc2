import Foundation
import ManaratPersistence
import NIOConcurrencyHelpers
import NIOCore
import Vapor

extension Request {
    /// Collects a form's body up to what its route accepts, once: a body larger than one network
    /// read arrives as a stream, which has no fields until it is collected. Too large a body is
    /// refused with 413, as the route itself would refuse it. Reads carry no form, and a request
    /// that carries its CSRF token in a header is left to its route.
    func collectFormBody() -> EventLoopFuture<Void> {
        guard ![.GET, .HEAD, .OPTIONS].contains(method), case .none = body.data,
            headers.first(name: "X-CSRF-Token") == nil
        else {
            return eventLoop.makeSucceededVoidFuture()
        }
        let limit = route?.bodyLimit ?? application.routes.defaultMaxBodySize.value
        return body.collect(max: limit).map { _ in }
    }
}
