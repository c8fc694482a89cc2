import ManaratDomain

/// The branch pages' words, Arabic and English side by side.
struct BranchText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    var branchListTitle: String { text("الفروع", "Branches") }
    var branchNewTitle: String { text("إضافة فرع", "Add a branch") }
    var branchEditTitle: String { text("تعديل بيانات الفرع", "Edit branch") }
    var branchCode: String { text("رمز الفرع", "Branch code") }
    var branchCodeHint: String {
        text("حروف لاتينية كبيرة وأرقام، حتى ١٠ خانات، مثل:", "Capital Latin letters and digits, up to 10, such as:")
    }
    var branchNameArabic: String { text("اسم الفرع بالعربية", "Branch name in Arabic") }
    var branchNameEnglish: String { text("اسم الفرع بالإنجليزية", "Branch name in English") }
    var branchActive: String { text("الفرع يعمل", "The branch is operating") }
    var branchCodeInvalid: String {
        text(
            "رمز الفرع حروف لاتينية وأرقام، من ١ إلى ١٠ خانات.", "The branch code is 1 to 10 Latin letters and digits.")
    }
    var branchCodeTaken: String { text("هذا الرمز مستخدم لفرع آخر.", "This code belongs to another branch.") }

    /// A problem's message.
    func problem(_ problem: BranchProblem) -> String {
        switch problem {
        case .codeInvalid: return branchCodeInvalid
        case .codeTaken: return branchCodeTaken
        case .nameArabicMissing, .nameEnglishMissing, .cityMissing: return strings[.fieldRequired]
        }
    }
}
