import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Turns every error into a friendly page in the visitor's language, never a stack trace or SQL.
///
/// Expected refusals (404, 403, 400, 413, 429) explain themselves; anything else is a 500 whose
/// page shows only a short reference that is also written to the log with the real error.
struct ErrorPageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return render(error, for: request)
        }
    }

    private func render(_ error: any Error, for request: Request) -> Response {
        let status: HTTPResponseStatus
        var headers = HTTPHeaders()
        var reason: String?
        // A refusal of the request workflow (a conflict of interest, a stale form, a step not allowed
        // now) that a handler did not render itself is still the person's answer, not a failure.
        let problem = (error as? RequestProblems)?.problems.first ?? RequestProblem(error)
        var message = problem.map { RequestText(strings: request.strings).problem($0) }
        switch error {
        case let refusal as UserFacingRefusal:
            status = refusal.status
            message = refusal.message
        case let abort as any AbortError:
            status = abort.status
            headers = abort.headers
            reason = abort.reason
        case is DecodingError:
            status = .badRequest
        case is RecordNotFound:
            status = .notFound
        case _ where problem != nil:
            status = problem?.status ?? .unprocessableEntity
        case _ where StorageFailure.isDiskFull(error):
            // Nothing was saved (the transaction rolled back): say so, and when to try again.
            status = .serviceUnavailable
            message = request.strings[.storageFull]
            headers.replaceOrAdd(name: .retryAfter, value: "300")
            request.logger.critical(
                "the database cannot grow: the disk is full [\(request.method) \(request.url.path)]")
        default:
            status = .internalServerError
        }
        if (300..<400).contains(status.code) {
            // Redirects thrown as errors keep their Location header and carry no page.
            return Response(status: status, headers: headers)
        }
        let reference = String(request.newID().uuidString.prefix(8)).lowercased()
        if status == .internalServerError {
            request.logger.error(
                "request failed [ref \(reference)] \(request.method) \(request.url.path): \(StorageFailure.logText(error))"
            )
        } else {
            request.logger.info(
                "request refused [ref \(reference)] \(status.code) \(request.method) \(request.url.path)")
        }
        let html = ErrorPage.render(
            ErrorPage.Model(status: status, reason: reason, reference: reference, message: message), request: request)
        var responseHeaders = HTTPHeaders()
        responseHeaders.contentType = .html
        if status == .tooManyRequests || status == .serviceUnavailable, let retry = headers.first(name: .retryAfter) {
            responseHeaders.replaceOrAdd(name: .retryAfter, value: retry)
        }
        return Response(status: status, headers: responseHeaders, body: .init(string: html))
    }
}
