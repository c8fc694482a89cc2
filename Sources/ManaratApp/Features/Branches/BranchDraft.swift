/// A branch as an administrator wrote it, checked.
struct BranchDraft: Sendable, Equatable {
    /// Its code, upper-cased.
    var code: String
    var nameArabic: String
    var nameEnglish: String
    var city: String
    var isActive: Bool
}
