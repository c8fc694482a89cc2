import Vapor

extension Request {
    private struct IncomingCookiesKey: StorageKey {
        typealias Value = HTTPCookies
    }

    /// The cookies the browser sent, parsed once per request. Vapor's `cookies` parses the
    /// `Cookie` header anew at every read, and the language, the session and the CSRF check each
    /// read it (several times a page: it showed in `perf` on the request lists).
    var incomingCookies: HTTPCookies {
        if let parsed = storage[IncomingCookiesKey.self] { return parsed }
        let parsed = headers.cookie ?? HTTPCookies()
        storage[IncomingCookiesKey.self] = parsed
        return parsed
    }
}
