import Foundation
import ManaratDomain

/// The knowledge base's words, Arabic and English side by side. A placeholder is a parameter, so
/// a text missing a language or a value does not compile.
struct KnowledgeBaseText: BilingualText {
    /// The interface's shared strings, for numbers and the texts other pages use too.
    let strings: Strings

    var faqTitle: String { strings[.faqTitle] }
    var knowledgeBaseTitle: String { strings[.knowledgeBaseTitle] }
    var newArticle: String { text("إضافة مقالة", "Add an article") }
    var editArticle: String { text("تعديل المقالة (إصدار جديد)", "Edit the article (a new version)") }
    var wasThisHelpful: String { text("هل كانت هذه الإجابة مفيدة؟", "Was this helpful?") }
    var thanksForVote: String { text("شكرًا على رأيك.", "Thank you for your view.") }
    var staffOnly: String { text("للموظفين", "Staff only") }
    var isPublic: String { text("تظهر للجميع (وإلا فللموظفين فقط)", "Shown to everyone (otherwise staff only)") }
    var titleArabic: String { text("العنوان بالعربية", "Title in Arabic") }
    var bodyArabic: String { text("النص بالعربية", "Text in Arabic") }
    var titleEnglish: String { text("العنوان بالإنجليزية", "Title in English") }
    var bodyEnglish: String { text("النص بالإنجليزية", "Text in English") }
    var markdownHint: String {
        text(
            "سطر فارغ بين الفقرات؛ # للعنوان، - للقائمة، **غامق**، [نص](رابط).",
            "A blank line between paragraphs; # for a heading, - for a list, **bold**, [text](link).")
    }
    var topic: String { strings[.inquiryCategory] }
    var versions: String { strings[.libraryVersions] }

    /// The article's title in the interface's language, or the Arabic one when it has no English.
    func title(of article: Article) -> String {
        strings.language == .english && !article.titleEnglish.isEmpty ? article.titleEnglish : article.titleArabic
    }

    /// The article's text (Markdown) in the interface's language, or the Arabic one when it has no
    /// English.
    func body(of article: Article) -> String {
        strings.language == .english && !article.bodyEnglish.isEmpty ? article.bodyEnglish : article.bodyArabic
    }

    /// "Last updated 1 Sha'ban 1444 AH — 21 February 2023 — version 2".
    func updated(on date: String, version: Int) -> String {
        text("آخر تحديث \(date) — الإصدار \(strings.number(version))", "Last updated \(date) — version \(version)")
    }

    /// How many visitors found an article helpful.
    func helpfulCount(_ count: Int) -> String {
        text("وجدها مفيدة: \(strings.number(count))", "Found it helpful: \(count)")
    }

    /// A field's "is required" message.
    func required(_ field: ArticleForm.Field) -> String {
        strings.format(.fieldRequiredNamed, ["field": label(field)])
    }

    /// A field's label.
    func label(_ field: ArticleForm.Field) -> String {
        switch field {
        case .category: return topic
        case .isPublic: return isPublic
        case .titleArabic: return titleArabic
        case .bodyArabic: return bodyArabic
        case .titleEnglish: return titleEnglish
        case .bodyEnglish: return bodyEnglish
        }
    }

    /// A category's name.
    func category(_ category: ArticleCategory) -> String {
        switch category {
        case .services: return strings[.inquiryCategoryServices]
        case .requests: return strings[.inquiryCategoryRequests]
        case .documents: return strings[.inquiryCategoryDocuments]
        case .payments: return strings[.inquiryCategoryPayments]
        case .volunteering: return strings[.navVolunteers]
        case .other: return strings[.inquiryCategoryOther]
        }
    }
}
