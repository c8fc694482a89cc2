import Foundation
import ManaratDomain
import Testing

@testable import ManaratApp

/// The article form parsed into a draft, with no server: what a writer gets back for each kind of
/// mistake.
@Suite("The knowledge-base article form")
struct ArticleFormTests {
    @Test("a complete form becomes a draft: text trimmed, the category read, the box ticked as public")
    func complete() throws {
        // setup
        let form = ArticleForm(
            category: "payments", isPublic: "on", titleArabic: "  موعد الصرف \n", bodyArabic: " في أول الشهر ",
            titleEnglish: "When payments are made", bodyEnglish: "On the first of the month")
        // act
        let draft = try form.parsed().get()
        // assert
        #expect(
            draft
                == ArticleDraft(
                    category: .payments, isPublic: true, titleArabic: "موعد الصرف", bodyArabic: "في أول الشهر",
                    titleEnglish: "When payments are made", bodyEnglish: "On the first of the month"))
    }

    @Test("the Arabic title and text are required: blank or too long, each is named")
    func required() {
        // setup
        let blank = ArticleForm(titleArabic: "   ", bodyArabic: "")
        let tooLong = ArticleForm(
            titleArabic: String(repeating: "ع", count: ArticleDraft.titleLimit + 1), bodyArabic: "نص")
        // act
        let blankProblems = blank.parsed()
        let longProblems = tooLong.parsed()
        // assert
        #expect(blankProblems == .failure(ArticleFormProblems(fields: [.titleArabic, .bodyArabic])))
        #expect(longProblems == .failure(ArticleFormProblems(fields: [.titleArabic])))
    }

    @Test("an unknown category files the article under other; no box means staff only; English is cut at the limit")
    func lenient() throws {
        // setup
        let form = ArticleForm(
            category: "<script>", titleArabic: "عنوان", bodyArabic: "نص",
            titleEnglish: String(repeating: "a", count: ArticleDraft.titleLimit + 50))
        // act
        let draft = try form.parsed().get()
        // assert
        #expect(draft.category == .other)
        #expect(!draft.isPublic)
        #expect(draft.titleEnglish.count == ArticleDraft.titleLimit)
    }

    @Test("an article's form shows it as it stands, and parses back to the same text")
    func roundTrip() throws {
        // setup
        let article = Article(
            id: UUID(), category: "documents", isPublic: false, version: 3, titleArabic: "عنوان",
            bodyArabic: "نص", titleEnglish: "Title", bodyEnglish: "Text", editedBy: "x",
            editedAt: Date(timeIntervalSince1970: 0))
        // act
        let draft = try ArticleForm(article: article).parsed().get()
        // assert
        #expect(draft.article(id: article.id, version: 3, editedBy: "x", editedAt: article.editedAt) == article)
    }
}
