import Foundation

/// The plural form a counted noun takes, by the CLDR plural rules for whole numbers: Arabic has
/// all six categories, English only `one` and `other`. Every count in the interface goes through
/// here, so a noun's forms are chosen in one place.
public enum PluralCategory: String, CaseIterable, Sendable {
    /// Arabic 0.
    case zero
    /// 1.
    case one
    /// Arabic 2.
    case two
    /// Arabic 3–10, and any number whose last two digits are 03–10 (103, 1005).
    case few
    /// Arabic 11–99, and any number whose last two digits are 11–99 (111, 1099).
    case many
    /// Everything else: Arabic 100–102, 200, 1000…; English every count but 1.
    case other

    /// The category of `count` in `language` (CLDR, integers; a negative count as its magnitude).
    public init(_ count: Int, in language: Language) {
        let n = count.magnitude
        switch language {
        case .english:
            self = n == 1 ? .one : .other
        case .arabic:
            switch (n, n % 100) {
            case (0, _): self = .zero
            case (1, _): self = .one
            case (2, _): self = .two
            case (_, 3...10): self = .few
            case (_, 11...99): self = .many
            default: self = .other
            }
        }
    }
}
