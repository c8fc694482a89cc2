import Foundation

/// Reads and shows Saudi mobile numbers (05XXXXXXXX).
///
/// Numbers are stored in E.164 form ("+9665XXXXXXXX") so that the same phone
/// typed in different shapes compares equal and SMS gateways accept it.
public enum SaudiMobile {
    private static let countryCode = "966"
    /// A Saudi mobile number without the country code or trunk zero: 5 and eight more digits.
    private static let nationalLength = 9

    /// Accepts 05XXXXXXXX, 5XXXXXXXX, +9665XXXXXXXX, 009665XXXXXXXX, 9665XXXXXXXX, with spaces/dashes and Arabic-Indic digits; returns E.164 "+9665XXXXXXXX".
    ///
    /// Parentheses, dots and invisible direction marks are ignored as well,
    /// since people copy numbers from contact cards and right-to-left text.
    public static func normalized(_ text: String) -> Result<String, PhoneProblem> {
        let ignored: Set<Character> = ["-", "(", ")", "."]
        let scalars = Digits.latinized(text).unicodeScalars.filter {
            !$0.properties.isWhitespace && !ArabicText.isFormatMark($0)
        }
        let compact = String(String.UnicodeScalarView(scalars)).filter { !ignored.contains($0) }
        guard !compact.isEmpty else { return .failure(.empty) }

        var digits = Substring(compact)
        if digits.hasPrefix("+") {
            digits = digits.dropFirst()
            guard digits.hasPrefix(countryCode) else { return .failure(.notASaudiMobile) }
            digits = digits.dropFirst(countryCode.count)
        } else if digits.hasPrefix("00" + countryCode) {
            digits = digits.dropFirst(2 + countryCode.count)
        } else if digits.hasPrefix(countryCode), digits.count == countryCode.count + nationalLength {
            // Only strip a bare 966 when the length proves it is a country code.
            digits = digits.dropFirst(countryCode.count)
        } else if digits.hasPrefix("0"), digits.count == nationalLength + 1 {
            digits = digits.dropFirst()
        }

        guard digits.count == nationalLength,
            digits.first == "5",
            digits.allSatisfy({ $0.isASCII && $0.isNumber })
        else {
            return .failure(.notASaudiMobile)
        }
        return .success("+" + countryCode + digits)
    }

    /// "+966 5X XXX XXXX" for display.
    ///
    /// Text that is not a Saudi mobile number is returned unchanged, so a
    /// malformed stored value is still shown rather than hidden.
    public static func display(_ e164: String) -> String {
        guard case .success(let normalized) = normalized(e164) else { return e164 }
        let national = Array(normalized.dropFirst(1 + countryCode.count))
        let groups = [national[0..<2], national[2..<5], national[5..<9]].map { String($0) }
        return "+" + countryCode + " " + groups.joined(separator: " ")
    }
}
