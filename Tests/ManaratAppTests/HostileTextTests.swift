import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

/// Walks an area's pages by their links, the way a person clicks through them, and reads the
/// forms on each page as a browser would send them.
struct PageWalker {
    /// A form as a page renders it.
    struct Form {
        var action: String
        var multipart: Bool
        /// Every field a browser would send, with its rendered value.
        var fields: [(name: String, value: String)]
        /// The names of the fields a person types text into (text-like inputs and text areas).
        var textFields: Set<String>
    }

    let browser: TestBrowser
    let area: String
    /// Links never followed: they end the session or answer with a file.
    let avoid: [String]

    /// The pages of the area reachable from `start` by their links, at most `limit`, as HTML.
    func crawl(from start: String, limit: Int) async throws -> [(path: String, html: String)] {
        var queue = [start]
        var seen = Set(queue)
        var pages: [(String, String)] = []
        while !queue.isEmpty, pages.count < limit {
            let path = queue.removeFirst()
            let response = try await browser.get(path)
            guard response.status == .ok, response.headers.contentType == .html else { continue }
            let html = response.body.string
            pages.append((path, html))
            for link in Self.links(in: html, area: area)
            where !seen.contains(link) && !avoid.contains(where: { link.contains($0) }) {
                seen.insert(link)
                queue.append(link)
            }
        }
        return pages
    }

    /// Every page of the area reachable from `start`, with the forms a person sends (POST).
    func walk(from start: String, limit: Int) async throws -> [(path: String, forms: [Form])] {
        try await crawl(from: start, limit: limit).map { ($0.path, Self.forms(in: $0.html)) }
    }

    /// The search and filter forms (method GET) and the links with a query on the area's pages:
    /// every place a person's words or a choice reach a query through the address.
    func queries(from start: String, limit: Int) async throws -> (forms: [Form], links: [String]) {
        let pages = try await crawl(from: start, limit: limit)
        let forms = Dictionary(
            pages.flatMap { Self.forms(in: $0.html, method: "get") }.map { ($0.action, $0) },
            uniquingKeysWith: { first, _ in first })
        let links = Set(
            pages.flatMap { Self.links(in: $0.html, area: area) }.filter {
                $0.contains("?") && !avoid.contains(where: $0.contains)
            })
        return (Array(forms.values), links.sorted())
    }

    static func links(in html: String, area: String) -> [String] {
        html.matches(of: /href="([^"#]*)"/).map { decode(String($0.1)) }.filter { $0.hasPrefix(area) }
    }

    static func forms(in html: String, method: String = "post") -> [Form] {
        html.matches(of: /(?s)<form([^>]*)>(.*?)<\/form>/).compactMap { match in
            let attributes = String(match.1)
            guard attribute("method", in: attributes)?.lowercased() == method,
                let action = attribute("action", in: attributes)
            else { return nil }
            let body = String(match.2)
            var fields: [(String, String)] = []
            var textFields = Set<String>()
            for input in body.matches(of: /<input([^>]*)>/) {
                let attributes = String(input.1)
                guard let name = attribute("name", in: attributes) else { continue }
                let type = (attribute("type", in: attributes) ?? "text").lowercased()
                switch type {
                case "checkbox", "radio":
                    if attributes.contains(" checked") {
                        fields.append((name, attribute("value", in: attributes) ?? "on"))
                    }
                case "file", "submit", "button", "image", "reset":
                    continue
                default:
                    fields.append((name, attribute("value", in: attributes) ?? ""))
                    if ["text", "search", "email", "tel", "url"].contains(type) { textFields.insert(name) }
                }
            }
            for area in body.matches(of: /(?s)<textarea([^>]*)>(.*?)<\/textarea>/) {
                guard let name = attribute("name", in: String(area.1)) else { continue }
                fields.append((name, decode(String(area.2))))
                textFields.insert(name)
            }
            for select in body.matches(of: /(?s)<select([^>]*)>(.*?)<\/select>/) {
                guard let name = attribute("name", in: String(select.1)) else { continue }
                let options = String(select.2).matches(of: /<option([^>]*)>/).map { String($0.1) }
                let chosen = options.first { $0.contains("selected") } ?? options.first
                if let chosen { fields.append((name, attribute("value", in: chosen) ?? "")) }
            }
            return Form(
                action: decode(action), multipart: attribute("enctype", in: attributes) == "multipart/form-data",
                fields: fields, textFields: textFields)
        }
    }

    static func attribute(_ name: String, in attributes: String) -> String? {
        guard let range = attributes.range(of: " \(name)=\"") else { return nil }
        return decode(String(attributes[range.upperBound...].prefix { $0 != "\"" }))
    }

    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

@Suite("Hostile text in every text field, walked over the pages")
struct HostileTextTests {
    /// Markup, an event handler, a quote that would end an attribute, and a right-to-left override.
    static let payload = "\"'><img src=x onerror=alert(1)><script>alert(2)</script>\u{202E}<b>x</b>"

    /// Whether `html` carries any part of the payload as markup rather than as text.
    static func injected(_ html: String) -> Bool {
        html.contains("<img src=x") || html.contains("<script>alert") || html.contains("<b>x</b>")
            || html.contains("onerror=alert(1)>")
    }

    /// Sends every form found on `pages` once, with the payload in each text field; returns the
    /// answers that carried it as markup or failed with a 5xx.
    static func sendEveryForm(_ browser: TestBrowser, pages: [(path: String, forms: [PageWalker.Form])], skip: [String])
        async throws -> (sent: Int, wrong: [String])
    {
        var sent = Set<String>()
        var wrong: [String] = []
        for (path, forms) in pages {
            for form in forms where !form.textFields.isEmpty && !skip.contains(where: { form.action.contains($0) }) {
                // One form of each kind: the same action with another record's id is the same form.
                let kind = form.action.replacing(
                    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/, with: ":id")
                guard sent.insert(kind).inserted else { continue }
                try await browser.get(path)
                let fields = form.fields.filter { $0.name != "_csrf" }.map { field in
                    (field.name, form.textFields.contains(field.name) ? payload : field.value)
                }
                let answer =
                    form.multipart
                    ? try await browser.postMultipart(form.action, form: fields, files: [])
                    : try await browser.post(form.action, form: fields)
                if answer.status.code >= 500 || injected(answer.body.string) {
                    wrong.append("POST \(form.action) -> \(answer.status.code)")
                }
            }
        }
        return (sent.count, wrong)
    }

    /// A member of staff holding every role, signed in, and a beneficiary with a draft request, so
    /// that every kind of staff page and form exists.
    static func signedInWithADraft(_ app: Application) async throws -> (TestBrowser, Beneficiary) {
        let beneficiary = try await Fixtures.beneficiary(app)
        let type = try await Fixtures.requestType(app)
        try await Fixtures.staff(app, username: "everyone", roles: Set(Role.allCases))
        let staff = TestBrowser(app: app)
        try await staff.signIn(username: "everyone", password: Fixtures.password)
        _ = try await RequestLifecycleTests.draft(staff, beneficiary: beneficiary, type: type)
        return (staff, beneficiary)
    }

    @Test(
        "the payload typed into every text field of every staff form (markup, a script, an event handler, a closing quote, U+202E) is saved or refused but always comes back as text, on every staff page afterwards; no form answers 5xx"
    )
    func staffArea() async throws {
        try await withApp { app, _ in
            // setup: one of each record, so their pages and forms exist
            let (staff, beneficiary) = try await Self.signedInWithADraft(app)
            let walker = PageWalker(
                browser: staff, area: "/staff",
                avoid: ["/sign-out", "/documents/", "/export", ".csv", "/file", "/minutes", "/download"])
            let before = try await walker.walk(from: "/staff", limit: 400)
            // act
            let (sent, wrong) = try await Self.sendEveryForm(
                staff, pages: before, skip: ["/sign-out", "/account/password", "/language", "/sign-in"])
            var shownAsMarkup: [String] = []
            var shownAsText = 0
            let after = try await walker.walk(from: "/staff", limit: 400)
            for (path, _) in after {
                let html = try await staff.get(path).body.string
                if Self.injected(html) { shownAsMarkup.append(path) }
                if html.contains("&lt;img src=x") { shownAsText += 1 }
            }
            print(
                "hostile text, staff: \(before.count) pages walked, \(sent) kinds of form sent, \(after.count) pages read after, \(shownAsText) showing the payload as text"
            )
            // assert
            #expect(before.count >= 40, "only \(before.count) staff pages were reached")
            #expect(sent >= 40, "only \(sent) kinds of form were sent")
            #expect(wrong.isEmpty, "answers carrying the payload as markup, or failing: \(wrong)")
            #expect(shownAsMarkup.isEmpty, "pages showing the payload as markup: \(shownAsMarkup)")
            #expect(shownAsText >= 10, "the payload was stored and shown back on only \(shownAsText) pages")
        }
    }

    @Test(
        "the same payload in every text field of the portal's and the public site's forms comes back as text everywhere; no form answers 5xx"
    )
    func portalAndPublic() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            _ = try await Fixtures.requestType(app)
            let portal = try await PortalTests.signedIn(app, beneficiary)
            let walker = PageWalker(
                browser: portal, area: "/portal",
                avoid: ["/sign-out", "/documents/", "/export", "/download", "/my-data.json", "/data.json"])
            let visitor = TestBrowser(app: app)
            let publicWalker = PageWalker(
                browser: visitor, area: "/", avoid: ["/staff", "/portal", "/policy/file", "/assets/"])
            let portalPages = try await walker.walk(from: "/portal", limit: 200)
            let publicPages = try await publicWalker.walk(from: "/", limit: 100)
            // act
            let (portalSent, portalWrong) = try await Self.sendEveryForm(
                portal, pages: portalPages, skip: ["/sign-out", "/language", "/consent/withdraw", "/data-requests"])
            let (publicSent, publicWrong) = try await Self.sendEveryForm(
                visitor, pages: publicPages, skip: ["/language", "/sign-in", "/register", "/code"])
            var shownAsMarkup: [String] = []
            for (path, _) in try await walker.walk(from: "/portal", limit: 200)
            where Self.injected(try await portal.get(path).body.string) {
                shownAsMarkup.append(path)
            }
            for (path, _) in try await publicWalker.walk(from: "/", limit: 100)
            where Self.injected(try await visitor.get(path).body.string) {
                shownAsMarkup.append(path)
            }
            print(
                "hostile text, portal: \(portalPages.count) pages, \(portalSent) kinds of form sent; public: \(publicPages.count) pages, \(publicSent) kinds of form sent"
            )
            // assert
            #expect(portalPages.count >= 8 && publicPages.count >= 6)
            #expect(portalSent >= 4 && publicSent >= 3, "portal forms sent: \(portalSent), public: \(publicSent)")
            #expect(
                portalWrong.isEmpty && publicWrong.isEmpty,
                "answers carrying the payload as markup, or failing: \(portalWrong + publicWrong)")
            #expect(shownAsMarkup.isEmpty, "pages showing the payload as markup: \(shownAsMarkup)")
        }
    }

    static let injections = [
        "' OR '1'='1", "'; DROP TABLE beneficiaries; --", "احمد' UNION SELECT password_hash FROM staff --",
        "%' AND 1=1 --", "1) OR (1=1", "\\x27; SELECT pg_sleep(5); --",
    ]

    @Test(
        "SQL-injection strings in every search and filter the staff pages offer (each GET form's fields, each value of each link's query) get ordinary answers, never a 5xx or a database's words, and the data stays as it was"
    )
    func everyQueryParameter() async throws {
        try await withApp { app, _ in
            // setup
            let (staff, beneficiary) = try await Self.signedInWithADraft(app)
            let walker = PageWalker(
                browser: staff, area: "/staff",
                avoid: ["/sign-out", "/documents/", "/export", ".csv", "/file", "/download"])
            let (forms, links) = try await walker.queries(from: "/staff", limit: 400)
            let beneficiariesBefore = try await BeneficiaryRepository(database: app.db).count()
            // act
            var asked = 0
            var wrong: [String] = []
            func ask(_ path: String, _ query: [(String, String)]) async throws {
                var components = URLComponents()
                components.queryItems = query.map { URLQueryItem(name: $0.0, value: $0.1) }
                let url = path + "?" + (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
                let answer = try await staff.get(url)
                asked += 1
                let body = answer.body.string.lowercased()
                if answer.status.code >= 500
                    || ["syntax error", "sqlstate", "unrecognized token", "no such column", "near \""].contains(
                        where: body.contains)
                {
                    wrong.append("GET \(url) -> \(answer.status.code)")
                }
            }
            for injection in Self.injections {
                for form in forms {
                    try await ask(form.action, form.fields.map { ($0.name, injection) })
                }
                for link in links {
                    let parts = link.split(separator: "?", maxSplits: 1).map(String.init)
                    let query = (URLComponents(string: link)?.queryItems ?? []).map { ($0.name, $0.value ?? "") }
                    for index in query.indices {
                        var changed = query
                        changed[index].1 = injection
                        try await ask(parts[0], changed)
                    }
                }
            }
            // assert
            #expect(
                forms.count >= 5 && links.count >= 10,
                "search forms: \(forms.count), links with a query: \(links.count)")
            print(
                "injection walk: \(forms.count) search and filter forms, \(links.count) links with a query, \(asked) requests"
            )
            #expect(wrong.isEmpty, "answers that failed or showed the database's words: \(wrong.prefix(20))")
            #expect(try await BeneficiaryRepository(database: app.db).count() == beneficiariesBefore)
            #expect(try await staff.get("/staff/beneficiaries").body.string.contains(beneficiary.fileNumber))
        }
    }
}
