import Foundation

/// A field a request type asks the applicant to fill in.
public struct RequestField: Sendable, Equatable, Codable {
    /// The key the value is stored under.
    public var key: String
    /// The label in Arabic.
    public var labelArabic: String
    /// The label in English.
    public var labelEnglish: String

    /// Creates a field.
    public init(key: String, labelArabic: String, labelEnglish: String) {
        self.key = key
        self.labelArabic = labelArabic
        self.labelEnglish = labelEnglish
    }

    /// The label in the given language.
    public func label(in language: Language) -> String { language == .arabic ? labelArabic : labelEnglish }
}
