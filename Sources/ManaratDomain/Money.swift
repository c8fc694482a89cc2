import Foundation

/// An amount of Saudi riyals, kept in halalas so sums are exact.
public struct Money: Sendable, Equatable, Hashable, Comparable, Codable {
    /// The amount in halalas (1/100 riyal).
    public var halalas: Int

    /// Creates an amount.
    public init(halalas: Int) {
        self.halalas = halalas
    }

    /// Zero riyals.
    public static let zero = Money(halalas: 0)

    /// The amount in riyals as a decimal.
    public var riyals: Decimal { Decimal(halalas) / 100 }

    /// Reads an amount typed by a person: Arabic-Indic digits, thousands separators (`,` and `٬`),
    /// and a decimal point (`.` or `٫`) with at most two decimals. Negative amounts are refused.
    public static func parse(_ text: String) -> Money? {
        var cleaned = Digits.latinized(text.trimmingCharacters(in: .whitespaces))
        cleaned = cleaned.replacingOccurrences(of: "٬", with: "").replacingOccurrences(of: ",", with: "")
            .replacingOccurrences(of: "٫", with: ".")
        for suffix in ["ريال", "ر.س", "SAR", "sar"] { cleaned = cleaned.replacingOccurrences(of: suffix, with: "") }
        cleaned = cleaned.trimmingCharacters(in: .whitespaces)
        if cleaned.isEmpty { return .zero }
        let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int(parts[0].isEmpty ? "0" : String(parts[0])), whole >= 0,
            whole < 1_000_000_000
        else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let digits = String(parts[1])
            guard digits.count <= 2, digits.allSatisfy(\.isNumber),
                let value = Int(digits.padding(toLength: 2, withPad: "0", startingAt: 0))
            else { return nil }
            fraction = value
        }
        return Money(halalas: whole * 100 + fraction)
    }

    /// "1500" or "1500.50": for form fields.
    public var plain: String {
        halalas % 100 == 0 ? String(halalas / 100) : String(format: "%d.%02d", halalas / 100, halalas % 100)
    }

    /// Orders amounts.
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.halalas < rhs.halalas }
}
