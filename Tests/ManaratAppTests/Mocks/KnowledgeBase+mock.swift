import Foundation
import ManaratDomain

@testable import ManaratApp

extension Article {
    /// A public answer, in both languages, at its second version.
    static let mockPublic = Article(
        id: UUID(uuidString: "00000000-0000-4000-8000-00000000b001")!, category: "requests", isPublic: true,
        version: 2, titleArabic: "متى يصلني الرد على طلبي؟",
        bodyArabic: "خلال **أسبوعين** من اكتمال الطلب.\n\n- تابع طلبك من البوابة",
        titleEnglish: "When will I hear about my request?",
        bodyEnglish: "Within **two weeks** of the request being complete.\n\n- Follow it in the portal",
        editedBy: "نورة القحطاني", editedAt: Date(timeIntervalSince1970: 1_676_959_200))

    /// A staff-only note with no English text.
    static let mockStaffOnly = Article(
        id: UUID(uuidString: "00000000-0000-4000-8000-00000000b002")!, category: "documents", isPublic: false,
        version: 1, titleArabic: "مطابقة الهوية عند الاستقبال", bodyArabic: "طابق رقم الهوية مع الأصل قبل التسجيل.",
        titleEnglish: "", bodyEnglish: "", editedBy: "نورة القحطاني",
        editedAt: Date(timeIntervalSince1970: 1_676_872_800))
}

extension ArticleList.Model {
    /// The public FAQ with one answer.
    static let mockVisitors = ArticleList.Model(articles: [.mockPublic], query: "", audience: .visitors)
    /// The desk's knowledge base, for a writer, after a search.
    static let mockStaff = ArticleList.Model(
        articles: [.mockStaffOnly, .mockPublic], query: "الهوية", audience: .staff(mayWrite: true))
}

extension ArticlePage.Model {
    /// The public answer, just voted on, found helpful by 12.
    static let mockVisitors = ArticlePage.Model(article: .mockPublic, audience: .visitors(helpful: 12, justVoted: true))
    /// The staff-only note, for a writer.
    static let mockStaff = ArticlePage.Model(article: .mockStaffOnly, audience: .staff(mayEdit: true))
}

extension ArticleEditor.Model {
    /// A new article's form sent without its Arabic title.
    static let mockRefused = ArticleEditor.Model(
        articleID: nil, form: ArticleForm(category: "payments", isPublic: "on", bodyArabic: "نص"),
        problems: [.titleArabic], history: [])
    /// The public answer's form, with its first version in the history.
    static let mockEdit = ArticleEditor.Model(
        articleID: Article.mockPublic.id, form: ArticleForm(article: .mockPublic), problems: [],
        history: [
            ArticleEditor.Version(
                version: 1, editedBy: "سالم العتيبي", editedAt: Date(timeIntervalSince1970: 1_676_786_400))
        ])
}
