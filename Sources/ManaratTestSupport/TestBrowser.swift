import Foundation
import NIOCore
import NIOHTTP1
import Vapor
import VaporTesting

/// A browser for in-process tests: it keeps cookies between requests and reads the CSRF token
/// from the last page, as a person's browser tab would.
public final class TestBrowser: @unchecked Sendable {
    private let app: Application
    private let tester: any TestingApplicationTester
    /// The cookies the browser holds.
    public private(set) var cookies: [String: String] = [:]
    /// The last page's body.
    public private(set) var lastBody = ""

    /// A browser with no cookies, talking to the app in process.
    public init(app: Application) {
        self.app = app
        self.tester = try! app.testing(method: .inMemory)
    }

    /// A browser with no cookies, talking to the app over a real socket (so it has a peer address).
    public init(app: Application, method: Application.Method) throws {
        self.app = app
        self.tester = try app.testing(method: method)
    }

    /// GETs `path`.
    @discardableResult
    public func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await send(.GET, path, headers: headers, body: nil)
    }

    /// POSTs a URL-encoded form; the CSRF token from the last page is added unless `csrf` is false.
    @discardableResult
    public func post(_ path: String, form: [(String, String)], csrf: Bool = true, headers: HTTPHeaders = [:])
        async throws -> TestingHTTPResponse
    {
        var fields = form
        if csrf, let token = csrfToken { fields.append(("_csrf", token)) }
        var components = URLComponents()
        components.queryItems = fields.map { URLQueryItem(name: $0.0, value: $0.1) }
        let encoded = (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
        var allHeaders = headers
        allHeaders.contentType = .urlEncodedForm
        return try await send(.POST, path, headers: allHeaders, body: ByteBuffer(string: encoded))
    }

    /// A file to upload in a multipart form.
    public struct Upload: Sendable {
        let field: String
        let filename: String
        let contentType: String
        let bytes: [UInt8]

        /// A file for `field`.
        public init(field: String, filename: String, contentType: String, bytes: [UInt8]) {
            self.field = field
            self.filename = filename
            self.contentType = contentType
            self.bytes = bytes
        }
    }

    /// POSTs a multipart form with files, as a browser does for uploads; the CSRF token is added.
    @discardableResult
    public func postMultipart(_ path: String, form: [(String, String)], files: [Upload]) async throws
        -> TestingHTTPResponse
    {
        let boundary = "----manarat-test-" + UUID().uuidString
        var body = ByteBuffer()
        var fields = form
        if let token = csrfToken { fields.append(("_csrf", token)) }
        for (name, value) in fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for file in files {
            body.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.filename)\"\r\nContent-Type: \(file.contentType)\r\n\r\n"
            )
            body.writeBytes(file.bytes)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await send(.POST, path, headers: headers, body: body)
    }

    /// Signs in through the sign-in form.
    @discardableResult
    public func signIn(username: String, password: String) async throws -> TestingHTTPResponse {
        try await get("/staff/sign-in")
        return try await post("/staff/sign-in", form: [("username", username), ("password", password)])
    }

    /// The idempotency key of the last page's form (`_submission`), if it has one.
    public var submissionKey: String? {
        guard let range = lastBody.range(of: "name=\"_submission\" value=\"") else { return nil }
        return String(lastBody[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The CSRF token in the last page's forms.
    public var csrfToken: String? {
        guard let range = lastBody.range(of: "name=\"_csrf\" value=\"") else { return nil }
        let rest = lastBody[range.upperBound...]
        return rest.prefix { $0 != "\"" }.description
    }

    /// Sets or replaces a cookie by hand (to plant a session id, say).
    public func setCookie(_ name: String, _ value: String) {
        cookies[name] = value
    }

    private func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer?) async throws
        -> TestingHTTPResponse
    {
        var allHeaders = headers
        if !cookies.isEmpty {
            allHeaders.replaceOrAdd(
                name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        if allHeaders.first(name: .host) == nil { allHeaders.replaceOrAdd(name: .host, value: "localhost:8080") }
        let response = try await tester.sendRequest(method, path, headers: allHeaders, body: body)
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";", maxSplits: 1).first ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count >= 1 else { continue }
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            let value = parts.count > 1 ? parts[1] : ""
            let expired = header.lowercased().contains("max-age=0") || value.isEmpty
            if expired { cookies.removeValue(forKey: name) } else { cookies[name] = value }
        }
        // A redirect has no page: the tokens of the page before stay usable, as in a browser tab.
        if response.body.readableBytes > 0 { lastBody = response.body.string }
        return response
    }
}
