import Foundation

/// A beneficiary category (الفئة المستفيدة), managed by administrators.
public struct BeneficiaryCategory: Sendable, Equatable, Identifiable {
    /// The category's identifier.
    public var id: UUID
    /// A stable code, such as "orphans".
    public var code: String
    /// The Arabic name.
    public var nameArabic: String
    /// The English name.
    public var nameEnglish: String
    /// Whether it can still be chosen for new records.
    public var isActive: Bool

    /// Creates a category.
    public init(id: UUID, code: String, nameArabic: String, nameEnglish: String, isActive: Bool) {
        self.id = id
        self.code = code
        self.nameArabic = nameArabic
        self.nameEnglish = nameEnglish
        self.isActive = isActive
    }

    /// The name in the given language.
    public func name(in language: Language) -> String {
        language == .arabic ? nameArabic : nameEnglish
    }
}
