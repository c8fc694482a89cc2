import Foundation

extension ArabicText {
    /// The article and its common attached forms, longest first so "وال" wins over "ال".
    private static let articlePrefixes = ["وال", "بال", "فال", "كال", "لل", "ال"]

    /// A word of free text as the request search stores and looks it up: normalized, with the
    /// definite article and the conjunction or preposition fused to it dropped ("والكفالة" →
    /// "كفاله"), so a search for "كفالة" finds "الكفالة" and the other way round.
    ///
    /// Only the article is dropped: a lone "و" or "ب" also begins many names ("وليد", "بدر").
    /// A word that would be left with fewer than three letters keeps its article ("الله").
    public static func wordStem(_ word: String) -> String {
        for prefix in articlePrefixes where word.hasPrefix(prefix) {
            let rest = word.dropFirst(prefix.count)
            if rest.count >= 3 { return String(rest) }
        }
        return word
    }

    /// The distinct stems of a free text, in first-seen order; what a request's description adds
    /// to the search index and what a search for that text looks up.
    public static func wordStems(_ text: String) -> [String] {
        var seen = Set<String>()
        return searchTokens(text).map(wordStem).filter { seen.insert($0).inserted }
    }
}
