import Foundation

/// A branch office of the association (الفرع، المكتب الفرعي).
public struct Branch: Sendable, Equatable, Identifiable {
    /// The branch's identifier.
    public var id: UUID
    /// A short code staff recognise, such as "RUH".
    public var code: String
    /// The Arabic name.
    public var nameArabic: String
    /// The English name.
    public var nameEnglish: String
    /// The city the branch is in.
    public var city: String
    /// Whether the branch still operates; closed branches are kept for history.
    public var isActive: Bool

    /// Creates a branch.
    public init(id: UUID, code: String, nameArabic: String, nameEnglish: String, city: String, isActive: Bool) {
        self.id = id
        self.code = code
        self.nameArabic = nameArabic
        self.nameEnglish = nameEnglish
        self.city = city
        self.isActive = isActive
    }

    /// The name in the given language.
    public func name(in language: Language) -> String {
        language == .arabic ? nameArabic : nameEnglish
    }
}
