import Foundation
import ManaratPersistence
import NIOConcurrencyHelpers
import NIOCore
import Vapor

/// Answers 503 (the "try again shortly" page) when a request takes longer than the deadline,
/// instead of leaving the person waiting on a database that stopped answering.
///
/// A frozen PostgreSQL enforces no statement timeout of its own, and a query sent to it waits
/// forever; so the deadline is kept here, on the server's side. The request's own upload is not
/// the server's delay: a form's body is collected first (`collectFormBody`, which the CSRF check
/// then finds done), then the clock starts, with two more seconds for each megabyte it carries.
/// The work that overran is marked abandoned (`AbandonedWork`); a write that had not committed
/// by then is rolled back or skipped, so a 503 never hides a saved record.
struct DeadlineMiddleware: Middleware {
    let seconds: Double

    // Written on futures rather than async/await: it then adds no task of its own to every request
    // (an async version cost the request lists a seventh of their throughput in `Benchmarks/`).
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        request.collectFormBody().flatMap { respondInTime(request, next) }
    }

    private func respondInTime(_ request: Request, _ next: any Responder) -> EventLoopFuture<Response> {
        let eventLoop = request.eventLoop
        let promise = eventLoop.makePromise(of: Response.self)
        let answered = NIOLockedValueBox(false)
        let abandoned = NIOLockedValueBox(false)
        // Checking and storing a large document (its content, its hash, the file) is work of its
        // own: two more seconds for each megabyte the request carries.
        let megabytes = Double(request.body.data?.readableBytes ?? 0) / 1_048_576
        let allowed = seconds + 2 * megabytes
        let timer = eventLoop.scheduleTask(in: .milliseconds(Int64(allowed * 1_000))) {
            guard
                answered.withLockedValue({ first in
                    defer { first = true }
                    return !first
                })
            else { return }
            abandoned.withLockedValue { $0 = true }
            request.logger.warning("request over its deadline of \(allowed) s: \(request.method) \(request.url.path)")
            promise.fail(Abort(.serviceUnavailable, headers: ["Retry-After": "30"]))
        }
        // The tasks the rest of the chain starts inherit the flag (task-local values pass to them).
        let work = AbandonedWork.$flag.withValue(abandoned) { next.respond(to: request) }
        work.whenComplete { result in
            // Answered in time: the timer goes (a busy server would otherwise hold thousands).
            guard
                answered.withLockedValue({ first in
                    defer { first = true }
                    return !first
                })
            else { return }
            timer.cancel()
            promise.completeWith(result)
        }
        return promise.futureResult
    }
}
