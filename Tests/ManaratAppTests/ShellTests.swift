import Foundation
import ManaratApp
import ManaratDomain
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@testable import ManaratApp

@Suite("The Arabic shell: catalogs, dates, language, headers and error pages")
struct ShellTests {
    @Test("every catalog key has a non-empty string in Arabic and in English")
    func catalogsAreComplete() {
        // setup
        let allowedEmpty: Set<String> = ["en.gregorianSuffix"]
        // act
        var missing: [String] = []
        for key in Key.allCases {
            if (Catalog.arabic[key] ?? "").isEmpty, !allowedEmpty.contains("ar.\(key.rawValue)") {
                missing.append("ar.\(key.rawValue)")
            }
            if Catalog.english[key] == nil
                || (Catalog.english[key]!.isEmpty && !allowedEmpty.contains("en.\(key.rawValue)"))
            {
                missing.append("en.\(key.rawValue)")
            }
        }
        // assert
        #expect(missing.isEmpty, "missing strings: \(missing)")
        #expect(Catalog.arabic.count == Key.allCases.count)
        #expect(Catalog.english.count == Key.allCases.count)
    }

    @Test("percentages and lists are written each language's way: ٧٥٪ and أ، ب in Arabic, 75% and a, b in English")
    func percentagesAndLists() {
        // setup
        let arabic = Strings(language: .arabic)
        let english = Strings(language: .english)
        // act
        let arabicText = [arabic.percent(75), arabic.list(["نقد", "عيني"])]
        let englishText = [english.percent(75), english.list(["cash", "in kind"])]
        // assert
        #expect(arabicText == ["٧٥٪", "نقد، عيني"])
        #expect(englishText == ["75%", "cash, in kind"])
    }

    @Test("a number of days takes the noun form Arabic gives that number")
    func daysByPluralRules() {
        // setup
        let arabic = Strings(language: .arabic)
        let english = Strings(language: .english)
        // act
        let arabicDays = [1, 2, 3, 10, 11, 99, 100, 103, 111].map(arabic.days)
        let englishDays = [1, 2, 100].map(english.days)
        // assert
        #expect(
            arabicDays == [
                "يوم واحد", "يومين", "٣ أيام", "١٠ أيام", "١١ يومًا", "٩٩ يومًا", "١٠٠ يوم", "١٠٣ أيام", "١١١ يومًا",
            ])
        #expect(englishDays == ["1 day", "2 days", "100 days"])
    }

    @Test("the policy's approval date reads 1 Sha'ban 1444 AH beside 21 February 2023, in Arabic script and in English")
    func policyApprovalDate() throws {
        // setup
        let day = try #require(GregorianDay(year: 2023, month: 2, day: 21))
        let riyadh = TimeZone(identifier: "Asia/Riyadh")!
        // act
        let arabic = DateText(strings: Strings(language: .arabic), timeZone: riyadh).dual(day)
        let english = DateText(strings: Strings(language: .english), timeZone: riyadh).dual(day)
        // assert
        #expect(arabic == "١\u{00A0}شعبان\u{00A0}١٤٤٤\u{00A0}هـ — ٢١\u{00A0}فبراير\u{00A0}٢٠٢٣م")
        #expect(english == "1\u{00A0}Sha'ban\u{00A0}1444\u{00A0}AH — 21\u{00A0}February\u{00A0}2023")
    }

    @Test("pages are Arabic right-to-left by default and English left-to-right once chosen")
    func languageSwitch() async throws {
        try await withApp { app, _ in
            // setup
            let browser = TestBrowser(app: app)
            let arabic = try await browser.get("/staff/sign-in")
            // act
            let switched = try await browser.post("/language", form: [("language", "en"), ("back", "/staff/sign-in")])
            let english = try await browser.get("/staff/sign-in")
            // assert
            #expect(arabic.body.string.contains("<html lang=\"ar\" dir=\"rtl\">"))
            #expect(arabic.body.string.contains("دخول الموظفين"))
            #expect(switched.status == .seeOther)
            #expect(switched.headers.first(name: .location) == "/staff/sign-in")
            #expect(english.body.string.contains("<html lang=\"en\" dir=\"ltr\">"))
            #expect(english.body.string.contains("Staff sign-in"))
        }
    }

    @Test("the language switch never redirects off the site")
    func languageSwitchStaysLocal() async throws {
        try await withApp { app, _ in
            // setup
            let browser = TestBrowser(app: app)
            try await browser.get("/")
            // act
            let response = try await browser.post(
                "/language", form: [("language", "en"), ("back", "//evil.example/x")])
            // assert
            #expect(response.headers.first(name: .location) == "/")
        }
    }

    @Test("every response, errors included, carries the security headers and no inline script is allowed")
    func securityHeaders() async throws {
        try await withApp { app, _ in
            // setup
            let browser = TestBrowser(app: app)
            // act
            let page = try await browser.get("/")
            let missing = try await browser.get("/no/such/page")
            // assert
            for response in [page, missing] {
                let csp = response.headers.first(name: "Content-Security-Policy") ?? ""
                #expect(csp.contains("script-src 'self'"))
                #expect(!csp.contains("unsafe-inline"))
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(response.headers.first(name: "Referrer-Policy") == "same-origin")
            }
            #expect(!page.body.string.contains("<script"))
        }
    }

    @Test("an unknown page gets a friendly 404 in the visitor's language with a reference")
    func notFoundPage() async throws {
        try await withApp { app, _ in
            // setup
            let browser = TestBrowser(app: app)
            // act
            let response = try await browser.get("/no/such/page")
            // assert
            #expect(response.status == .notFound)
            #expect(response.body.string.contains("الصفحة غير موجودة"))
            #expect(response.body.string.contains("الرقم المرجعي"))
        }
    }

    @Test("an unexpected failure shows a generic page with a reference id and never the error text")
    func serverErrorHidesDetails() async throws {
        try await withApp { app, _ in
            // setup
            struct SecretFailure: Error, CustomStringConvertible {
                var description: String { "SELECT * FROM staff -- secret detail" }
            }
            app.get("boom") { _ -> String in throw SecretFailure() }
            let browser = TestBrowser(app: app)
            // act
            let response = try await browser.get("/boom")
            // assert
            #expect(response.status == .internalServerError)
            let html = response.body.string
            #expect(html.contains("حدث خطأ غير متوقع"))
            #expect(!html.contains("SELECT"))
            #expect(!html.contains("secret detail"))
            #expect(html.contains("الرقم المرجعي"))
        }
    }

    @Test("the stylesheet is cached for a year under a content-hashed URL and the pages link that URL")
    func stylesheetCaching() async throws {
        try await withApp { app, _ in
            // setup
            let browser = TestBrowser(app: app)
            // act
            let page = try await browser.get("/")
            let css = try await browser.get("/assets/manarat.css")
            // assert
            #expect(page.body.string.contains("/assets/manarat.css?v="))
            #expect(css.headers.first(name: .cacheControl) == "public, max-age=31536000, immutable")
            #expect(css.body.string.contains("margin-inline-start") || css.body.string.contains("inset-inline-start"))
            #expect(!css.body.string.contains("http"))
        }
    }

    @Test("a staff page shows today's date in Hijri and Gregorian from the injected clock")
    func deskShowsBothDates() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "noura", roles: [.relations])
            let browser = TestBrowser(app: app)
            try await browser.signIn(username: "noura", password: Fixtures.password)
            // act
            let desk = try await browser.get("/staff")
            // assert
            #expect(desk.body.string.contains("١\u{00A0}شعبان\u{00A0}١٤٤٤\u{00A0}هـ — ٢١\u{00A0}فبراير\u{00A0}٢٠٢٣م"))
        }
    }
}

@Suite("The page frame, rendered once and filled in for each page")
struct PageFrameTests {
    @Test(
        "two staff members on the same pages each get their own form token, and each page its own title and way back in the language switch"
    )
    func frameHolesAreFilledPerPage() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app, first: "نورة", identity: "1012345672")
            let first = try await RequestLifecycleTests.signedIn(app, "relations1", [.relations])
            let second = try await RequestLifecycleTests.signedIn(app, "relations2", [.relations])
            let file = "/staff/beneficiaries/\(beneficiary.id.uuidString.lowercased())"
            // act
            let firstList = try await first.get("/staff/requests?view=all")
            let secondList = try await second.get("/staff/requests?view=all")
            let firstFile = try await first.get(file)
            // assert
            let firstToken = try #require(first.csrfToken)
            let secondToken = try #require(second.csrfToken)
            #expect(firstToken != secondToken)
            #expect(firstList.body.string.contains("name=\"_csrf\" value=\"\(firstToken)\""))
            #expect(!firstList.body.string.contains(secondToken))
            #expect(secondList.body.string.contains("name=\"_csrf\" value=\"\(secondToken)\""))
            #expect(!secondList.body.string.contains(firstToken))
            #expect(firstList.body.string.contains("name=\"back\" value=\"/staff/requests\""))
            #expect(firstFile.body.string.contains("name=\"back\" value=\"\(file)\""))
            #expect(firstList.body.string.contains("<title>طلبات الدعم — منارات</title>"))
            #expect(firstFile.body.string.contains("نورة"))
            #expect(!firstFile.body.string.contains("<title>طلبات الدعم"))
            #expect(
                !firstList.body.string.contains("__manarat_slot_") && !firstFile.body.string.contains("__manarat_slot_")
            )
        }
    }
}
