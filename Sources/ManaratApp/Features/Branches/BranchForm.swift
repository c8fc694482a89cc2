import ManaratDomain
import Vapor

/// A branch as posted. Its field names are a type, shared by the view and the problems.
struct BranchForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case code, nameArabic, nameEnglish, city, isActive
    }

    var code: String?
    var nameArabic: String?
    var nameEnglish: String?
    var city: String?
    var isActive: String?

    /// The form for a new branch: active.
    static let blank = BranchForm(isActive: "on")

    /// The longest name or city accepted.
    static let textLimit = 100
    private static let codeCharacters = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")

    init(
        code: String? = nil, nameArabic: String? = nil, nameEnglish: String? = nil, city: String? = nil,
        isActive: String? = nil
    ) {
        self.code = code
        self.nameArabic = nameArabic
        self.nameEnglish = nameEnglish
        self.city = city
        self.isActive = isActive
    }

    /// The form showing `branch`.
    init(branch: Branch) {
        self.init(
            code: branch.code, nameArabic: branch.nameArabic, nameEnglish: branch.nameEnglish, city: branch.city,
            isActive: branch.isActive ? "on" : nil)
    }

    /// The code as it will be stored: trimmed and upper-cased.
    var normalizedCode: String { (code ?? "").trimmingCharacters(in: .whitespaces).uppercased() }

    /// The draft, or every problem with it (whether the code is free is the service's to say).
    func parsed() -> Result<BranchDraft, BranchFormProblems> {
        var problems: [BranchProblem] = []
        let code = normalizedCode
        if code.isEmpty || code.count > 10 || !code.allSatisfy({ Self.codeCharacters.contains($0) }) {
            problems.append(.codeInvalid)
        }
        func text(_ value: String?, _ problem: BranchProblem) -> String {
            let trimmed = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.count > Self.textLimit { problems.append(problem) }
            return trimmed
        }
        let arabic = text(nameArabic, .nameArabicMissing)
        let english = text(nameEnglish, .nameEnglishMissing)
        let city = text(city, .cityMissing)
        guard problems.isEmpty else { return .failure(BranchFormProblems(problems: problems)) }
        return .success(
            BranchDraft(code: code, nameArabic: arabic, nameEnglish: english, city: city, isActive: isActive == "on"))
    }
}
