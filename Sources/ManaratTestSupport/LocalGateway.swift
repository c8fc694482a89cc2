import Foundation
import NIOConcurrencyHelpers
import Vapor

/// A stand-in for an SMS or WhatsApp provider: an HTTP server on 127.0.0.1 that records every
/// request it receives, so tests see exactly what Manarat sent, and how many times.
public final class LocalGateway: Sendable {
    /// One request as the gateway received it.
    public struct Received: Sendable {
        /// The path, such as "/rest/SMS/messages".
        public let path: String
        /// The headers.
        public let headers: HTTPHeaders
        /// The body as text.
        public let body: String
    }

    private let app: Application
    private let log: NIOLockedValueBox<[Received]>
    private let failures: NIOLockedValueBox<Int>
    /// The port it listens on.
    public let port: Int

    private init(app: Application, log: NIOLockedValueBox<[Received]>, failures: NIOLockedValueBox<Int>, port: Int) {
        self.app = app
        self.log = log
        self.failures = failures
        self.port = port
    }

    /// Starts a gateway on a free loopback port. It answers `failing` (for example 500) to the
    /// first `failFirst` requests and 200 with `answer` to the rest; every request is recorded.
    public static func start(
        failFirst: Int = 0, failing: HTTPStatus = .internalServerError,
        answer: String = #"{"success":true,"message":"queued"}"#
    ) async throws -> LocalGateway {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .error
        let log = NIOLockedValueBox<[Received]>([])
        let failures = NIOLockedValueBox(failFirst)
        app.on(.POST, .catchall, body: .collect(maxSize: "1mb")) { request -> Response in
            let body = request.body.string ?? ""
            log.withLockedValue { $0.append(Received(path: request.url.path, headers: request.headers, body: body)) }
            let fail = failures.withLockedValue { left -> Bool in
                guard left > 0 else { return false }
                left -= 1
                return true
            }
            let response = Response(
                status: fail ? failing : .ok,
                body: .init(string: fail ? #"{"error":"temporarily unavailable"}"# : answer))
            response.headers.contentType = .json
            return response
        }
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        guard let port = app.http.server.shared.localAddress?.port else {
            await app.server.shutdown()
            try await app.asyncShutdown()
            throw Abort(.internalServerError, reason: "the local gateway has no port")
        }
        return LocalGateway(app: app, log: log, failures: failures, port: port)
    }

    /// The base address, such as "http://127.0.0.1:54321".
    public var url: String { "http://127.0.0.1:\(port)" }

    /// Every request received so far, in order.
    public var received: [Received] { log.withLockedValue { $0 } }

    /// Stops the server.
    public func shutdown() async {
        await app.server.shutdown()
        try? await app.asyncShutdown()
    }
}
