import Foundation
import NIOConcurrencyHelpers
import NIOCore
import ManaratPersistence
import Vapor

/// Answers 503 (the "try again shortly" page) when a request takes longer than the deadline,
/// instead of leaving the person waiting on a database that stopped answering.
///
/// A frozen PostgreSQL enforces no statement timeout of its own, and a query sent to it waits
/// forever; so the deadline is kept here, on the server's side. The request's own upload is not
/// the server's delay: a form's body is collected first (as the CSRF check would), then the clock
/// starts, with two more seconds for each megabyte it carries. The work that overran is marked abandoned (`AbandonedWork`); a write that had not
/// committed by then is rolled back or skipped, so a 503 never hides a saved record.
struct DeadlineMiddleware: AsyncMiddleware {
    let seconds: Double

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if ![.GET, .HEAD, .OPTIONS].contains(request.method) {
            try await request.collectBodyUpToRouteLimit()
        }
        let answered = NIOLockedValueBox(false)
        let abandoned = NIOLockedValueBox(false)
        let eventLoop = request.eventLoop
        // Checking and storing a large document (its content, its hash, the file) is work of its
        // own: two more seconds for each megabyte the request carries.
        let megabytes = Double(request.body.data?.readableBytes ?? 0) / 1_048_576
        let allowed = seconds + 2 * megabytes
        let milliseconds = Int64(allowed * 1_000)
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Response, any Error>) in
            let timer = eventLoop.scheduleTask(in: .milliseconds(milliseconds)) {
                guard answered.withLockedValue({ first in defer { first = true }; return !first }) else { return }
                abandoned.withLockedValue { $0 = true }
                request.logger.warning("request over its deadline of \(allowed) s: \(request.method) \(request.url.path)")
                continuation.resume(throwing: Abort(.serviceUnavailable, headers: ["Retry-After": "30"]))
            }
            Task {
                let result: Result<Response, any Error>
                do {
                    result = .success(try await AbandonedWork.$flag.withValue(abandoned) { try await next.respond(to: request) })
                } catch {
                    result = .failure(error)
                }
                // Answered in time: the timer goes (a busy server would otherwise hold thousands).
                if answered.withLockedValue({ first in defer { first = true }; return !first }) {
                    timer.cancel()
                    continuation.resume(with: result)
                }
            }
        }
    }
}

extension Request {
    /// Collects a form's body up to what its route accepts, once: a body larger than one network
    /// read arrives as a stream, which has no fields until it is collected. Too large a body is
    /// refused with 413, as the route itself would refuse it. A request that carries its CSRF token
    /// in a header is left to its route.
    func collectBodyUpToRouteLimit() async throws {
        guard case .none = body.data, headers.first(name: "X-CSRF-Token") == nil else { return }
        let limit = route?.bodyLimit ?? application.routes.defaultMaxBodySize.value
        _ = try await body.collect(max: limit).get()
    }
}
