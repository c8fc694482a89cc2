import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@testable import ManaratApp

@Suite("The knowledge base and FAQ")
struct KnowledgeBaseTests {
    @discardableResult
    static func write(_ browser: TestBrowser, title: String, body: String, isPublic: Bool = true) async throws
        -> TestingHTTPResponse
    {
        try await browser.get(StaffURL.articleNew.path)
        return try await browser.post(
            StaffURL.articleNew.path,
            form: [("category", "requests"), ("titleArabic", title), ("bodyArabic", body)]
                + (isPublic ? [("isPublic", "on")] : []))
    }

    @Test("the FAQ's public addresses stay as published: /faq, /faq/<id> and /faq/<id>/vote")
    func publicPathsPinned() throws {
        // setup
        let id = try #require(UUID(uuidString: "00000000-0000-4000-8000-00000000b001"))
        // act
        let paths = [PublicURL.faq.path, PublicURL.faqArticle(id).path, PublicURL.faqVote(id).path]
        // assert
        #expect(
            paths == [
                "/faq", "/faq/00000000-0000-4000-8000-00000000b001", "/faq/00000000-0000-4000-8000-00000000b001/vote",
            ])
    }

    @Test(
        "an article containing <script> and <img onerror> renders as harmless text, and a javascript: link is not a link"
    )
    func hostileMarkdown() async throws {
        try await withApp { app, _ in
            // setup
            let staff = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            try await Self.write(
                staff, title: "كيف أقدم طلبًا؟",
                body:
                    "# الخطوات\n\n<script>alert('x')</script> و <img src=x onerror=alert(1)>\n\n- **سجّل** الدخول\n- [اضغط هنا](javascript:alert(1)) أو [الخدمات](/services)"
            )
            let article = try #require(
                try await ArticleRepository(database: app.db).search("", includeStaffOnly: true).first)
            // act
            let page = try await TestBrowser(app: app).get(PublicURL.faqArticle(article.id).path)
            // assert
            let html = page.body.string
            #expect(page.status == .ok)
            #expect(!html.contains("<script>alert"))
            #expect(!html.contains("<img src=x"))
            #expect(html.contains("&lt;script&gt;"))
            #expect(!html.contains("href=\"javascript:"))
            #expect(html.contains("href=\"/services\""))
            #expect(html.contains("<strong>سجّل</strong>"))
            #expect(html.contains("<h2>الخطوات</h2>"))
        }
    }

    @Test("safe links are only https, http, mailto and site paths")
    func linkRule() {
        // setup
        let targets = [
            "https://example.org", "/services", "mailto:info@example.org", "javascript:alert(1)", "JaVaScRiPt:x",
            "//evil.example", "data:text/html,x", "/\\evil",
        ]
        // act
        let safe = targets.map(SafeMarkdown.isSafe)
        // assert
        #expect(safe == [true, true, true, false, false, false, false, false])
    }

    @Test(
        "'was this helpful' counts once per visitor; the FAQ search normalizes Arabic; staff-only articles stay off the public FAQ"
    )
    func votesSearchVisibility() async throws {
        try await withApp { app, _ in
            // setup
            let staff = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            try await Self.write(staff, title: "ما المستندات المطلوبة لكفالة اليتيم؟", body: "صورة الهوية وسجل الأسرة.")
            try await Self.write(staff, title: "ملاحظة داخلية للموظفين", body: "لا تظهر للعامة.", isPublic: false)
            let article = try #require(
                try await ArticleRepository(database: app.db).search("كفاله", includeStaffOnly: false).first)
            let visitor = TestBrowser(app: app)
            let path = PublicURL.faqArticle(article.id).path
            try await visitor.get(path)
            // act
            try await visitor.post(PublicURL.faqVote(article.id).path, form: [("helpful", "yes")])
            try await visitor.get(path)
            try await visitor.post(PublicURL.faqVote(article.id).path, form: [("helpful", "yes")])
            let other = TestBrowser(app: app)
            try await other.get(path)
            try await other.post(PublicURL.faqVote(article.id).path, form: [("helpful", "no")])
            let faq = try await TestBrowser(app: app).get(
                PublicURL.faq.path(query: [("q", "المستندات")]))
            let publicList = try await TestBrowser(app: app).get(PublicURL.faq.path)
            // assert
            let votes = try await ArticleRepository(database: app.db).votes(id: article.id)
            #expect(votes.helpful == 1)
            #expect(votes.notHelpful == 1)
            #expect(faq.body.string.contains("ما المستندات المطلوبة لكفالة اليتيم؟"))
            #expect(!publicList.body.string.contains("ملاحظة داخلية للموظفين"))
        }
    }

    @Test(
        "editing an article keeps the earlier version, shows the new version number to the public, and audits both saves"
    )
    func editKeepsVersions() async throws {
        try await withApp { app, _ in
            // setup
            let staff = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            try await Self.write(staff, title: "مواعيد استلام السلال الغذائية", body: "يوم الأحد.")
            let article = try #require(
                try await ArticleRepository(database: app.db).search("", includeStaffOnly: true).first)
            let edit = StaffURL.articleEdit(article.id).path
            try await staff.get(edit)
            // act
            let saved = try await staff.post(
                edit,
                form: [
                    ("category", "requests"), ("titleArabic", "مواعيد استلام السلال الغذائية"),
                    ("bodyArabic", "يوم الثلاثاء من كل أسبوع."), ("isPublic", "on"),
                ])
            let editPage = try await staff.get(edit)
            let publicPage = try await TestBrowser(app: app).get(PublicURL.faqArticle(article.id).path)
            // assert
            let history = try await ArticleRepository(database: app.db).history(id: article.id)
            let audit = try await AuditLog(database: app.db).browse(
                AuditFilter(recordType: "article"), page: 1, perPage: 10
            ).entries
            #expect(saved.status == .seeOther)
            #expect(history.map(\.version) == [1])
            #expect(try await ArticleRepository(database: app.db).find(id: article.id)?.version == 2)
            #expect(publicPage.body.string.contains("يوم الثلاثاء من كل أسبوع."))
            #expect(!publicPage.body.string.contains("يوم الأحد."))
            #expect(publicPage.body.string.contains("الإصدار ٢"))
            #expect(editPage.body.string.contains("١ — "))
            #expect(Set(audit.map(\.action)) == ["article.create", "article.update"])
        }
    }

    @Test(
        "staff can link a public article in an inquiry answer and the asker sees the link; a staff-only article is never linked"
    )
    func articleLinkedInAnswer() async throws {
        try await withApp { app, _ in
            // setup
            let staff = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            try await Self.write(staff, title: "كيف أحدّث رقم جوالي؟", body: "من صفحة بياناتي.")
            try await Self.write(staff, title: "إجراء داخلي", body: "للموظفين فقط.", isPublic: false)
            let articles = try await ArticleRepository(database: app.db).search("", includeStaffOnly: true)
            let publicArticle = try #require(articles.first { $0.isPublic })
            let internalArticle = try #require(articles.first { !$0.isPublic })
            let first = try await Fixtures.beneficiary(app)
            let second = try await Fixtures.beneficiary(
                app, first: "خالد", identity: "1012345672", phone: "+966501112222")
            var answered: [String] = []
            for (beneficiary, article) in [(first, publicArticle), (second, internalArticle)] {
                let portal = try await PortalTests.signedIn(app, beneficiary)
                try await portal.get(PortalURL.ask.path)
                try await portal.post(
                    PortalURL.ask.path, form: [("category", "other"), ("question", "كيف أغير رقم الجوال؟")])
                let inquiry = try #require(
                    try await InquiryRepository(database: app.db).list(beneficiaryID: beneficiary.id, openOnly: false)
                        .first)
                try await staff.get(StaffURL.inquiry(inquiry.id).path)
                // act
                try await staff.post(
                    StaffURL.inquiryAnswer(inquiry.id).path,
                    form: [("answer", "راجع المقال."), ("articleID", article.id.uuidString.lowercased())])
                answered.append(
                    try await portal.get(PortalURL.inquiry(inquiry.id).path).body.string)
            }
            // assert
            #expect(answered[0].contains("href=\"\(PublicURL.faqArticle(publicArticle.id).path)\""))
            #expect(!answered[1].contains(PublicURL.faqArticle(internalArticle.id).path))
            #expect(answered[1].contains("راجع المقال."))
        }
    }

    @Test(
        "demo data fills the public FAQ in Arabic, keeps the internal article off it, and a second seeding adds nothing"
    )
    func demoArticles() async throws {
        try await withApp { app, _ in
            // setup
            let first = try await DemoArticles.seed(app)
            // act
            let second = try await DemoArticles.seed(app)
            let faq = try await TestBrowser(app: app).get(PublicURL.faq.path)
            // assert
            let all = try await ArticleRepository(database: app.db).search("", includeStaffOnly: true)
            #expect(first == DemoArticles.catalog.count)
            #expect(second == 0)
            #expect(all.count == DemoArticles.catalog.count)
            #expect(faq.body.string.contains("كيف أقدّم طلب دعم؟"))
            #expect(!faq.body.string.contains("إحالة الحالات غير الواضحة للباحث الاجتماعي"))
        }
    }

    @Test("every member of staff reads a staff-only article on the desk; the public FAQ answers 404 for it")
    func staffReadStaffOnlyArticles() async throws {
        try await withApp { app, _ in
            // setup
            let writer = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            try await Self.write(
                writer, title: "إجراء داخلي لصرف الدفعات", body: "تُراجع الدفعات كل خميس.", isPublic: false)
            let article = try #require(
                try await ArticleRepository(database: app.db).search("صرف", includeStaffOnly: true).first)
            let delivery = try await RequestLifecycleTests.signedIn(app, "delivery", [.delivery])
            // act
            let list = try await delivery.get(StaffURL.knowledgeBase.path)
            let page = try await delivery.get(StaffURL.article(article.id).path)
            let outside = try await TestBrowser(app: app).get(PublicURL.faqArticle(article.id).path)
            // assert
            #expect(list.body.string.contains(StaffURL.article(article.id).path))
            #expect(page.status == .ok)
            #expect(page.body.string.contains("تُراجع الدفعات كل خميس."))
            #expect(!page.body.string.contains("/edit"))
            #expect(outside.status == .notFound)
        }
    }
}
