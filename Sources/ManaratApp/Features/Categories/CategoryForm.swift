import ManaratDomain
import Vapor

/// A beneficiary category as posted. Its field names are a type, shared by the view and the problems.
struct CategoryForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case code, nameArabic, nameEnglish, isActive
    }

    var code: String?
    var nameArabic: String?
    var nameEnglish: String?
    var isActive: String?

    /// The form for a new category: active.
    static let blank = CategoryForm(isActive: "on")

    /// The longest name accepted.
    static let nameLimit = 100

    init(code: String? = nil, nameArabic: String? = nil, nameEnglish: String? = nil, isActive: String? = nil) {
        self.code = code
        self.nameArabic = nameArabic
        self.nameEnglish = nameEnglish
        self.isActive = isActive
    }

    /// The form showing `category`.
    init(category: BeneficiaryCategory) {
        self.init(
            code: category.code, nameArabic: category.nameArabic, nameEnglish: category.nameEnglish,
            isActive: category.isActive ? "on" : nil)
    }

    /// The draft, or every problem with it (whether the code is free is the service's to say).
    func parsed() -> Result<CategoryDraft, CategoryFormProblems> {
        var problems: [CategoryProblem] = []
        let code = StaffRules.normalizedCode(code ?? "") ?? ""
        if code.isEmpty { problems.append(.codeInvalid) }
        let arabic = (nameArabic ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let english = (nameEnglish ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if arabic.isEmpty || arabic.count > Self.nameLimit { problems.append(.nameArabicMissing) }
        if english.isEmpty || english.count > Self.nameLimit { problems.append(.nameEnglishMissing) }
        guard problems.isEmpty else { return .failure(CategoryFormProblems(problems: problems)) }
        return .success(CategoryDraft(code: code, nameArabic: arabic, nameEnglish: english, isActive: isActive == "on"))
    }
}
