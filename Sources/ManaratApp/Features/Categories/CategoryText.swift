import ManaratDomain

/// The beneficiary categories' words, Arabic and English side by side.
struct CategoryText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    var categoriesTitle: String { text("الفئات المستفيدة", "Beneficiary categories") }
    var categoryNewTitle: String { text("إضافة فئة", "Add a category") }
    var categoryEditTitle: String { text("تعديل الفئة", "Edit category") }
    var categoryCode: String { text("رمز الفئة", "Category code") }
    var categoryCodeHint: String { text("حروف لاتينية صغيرة، مثل:", "Lower-case Latin letters, such as:") }
    var categoryActive: String { text("الفئة متاحة للاختيار", "The category can be chosen") }

    /// A problem's message.
    func problem(_ problem: CategoryProblem) -> String {
        switch problem {
        case .codeInvalid: return strings[.categoryCodeInvalid]
        case .codeTaken: return strings[.categoryCodeTaken]
        case .nameArabicMissing, .nameEnglishMissing: return strings[.fieldRequired]
        }
    }
}
