import Foundation

/// A Saudi IBAN (رقم الآيبان): `SA`, two check digits, a two-digit bank code and an 18-character
/// account number, 24 characters in all, checked by ISO 13616's mod-97 rule.
public struct IBAN: Sendable, Equatable, CustomStringConvertible {
    /// The 24 characters, upper-case, without spaces.
    public let value: String

    /// Why a typed IBAN was refused.
    public enum Problem: Error, Equatable, Sendable {
        /// Nothing was typed.
        case empty
        /// Not `SA` followed by 22 letters or digits.
        case notSaudi
        /// The check digits do not match: a character was mistyped.
        case checksumFailed
    }

    /// Reads an IBAN as people type it: spaces or dashes between groups, lower case, Arabic-Indic
    /// digits, direction marks copied from a right-to-left page.
    public static func parse(_ text: String) -> Result<IBAN, Problem> {
        let cleaned = Digits.latinized(text).uppercased().unicodeScalars.filter { scalar in
            !(scalar == " " || scalar == "-" || scalar.properties.generalCategory == .format || scalar == "\u{00A0}")
        }
        let compact = String(String.UnicodeScalarView(cleaned))
        guard !compact.isEmpty else { return .failure(.empty) }
        guard compact.count == 24, compact.hasPrefix("SA"),
            compact.dropFirst(2).allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) }),
            compact.dropFirst(2).prefix(4).allSatisfy({ $0.isASCII && $0.isNumber })
        else {
            return .failure(.notSaudi)
        }
        guard mod97(String(compact.dropFirst(4) + compact.prefix(4))) == 1 else { return .failure(.checksumFailed) }
        return .success(IBAN(value: compact))
    }

    /// An IBAN read back from storage, where it was checked when it was saved.
    public init(stored: String) {
        value = stored
    }

    private init(value: String) {
        self.value = value
    }

    /// In groups of four, as printed on a bank letter.
    public var description: String {
        stride(from: 0, to: value.count, by: 4).map { start in
            String(value.dropFirst(start).prefix(4))
        }.joined(separator: " ")
    }

    /// Only the last four characters shown, for pages read by staff who do not pay.
    public var masked: String {
        "SA•• •••• •••• •••• •••• " + String(value.suffix(4))
    }

    /// The remainder of the number the letters and digits spell (A = 10 … Z = 35) divided by 97,
    /// computed a digit at a time so no big integers are needed.
    private static func mod97(_ text: String) -> Int {
        var remainder = 0
        for character in text {
            guard let digit = character.wholeNumberValue ?? letterValue(character) else { return -1 }
            for part in (digit >= 10 ? [digit / 10, digit % 10] : [digit]) {
                remainder = (remainder * 10 + part) % 97
            }
        }
        return remainder
    }

    private static func letterValue(_ character: Character) -> Int? {
        guard let ascii = character.asciiValue, (65...90).contains(ascii) else { return nil }
        return Int(ascii) - 55
    }
}
