import Foundation

/// A validated identity number together with the kind of document it belongs to.
public struct IdentityNumber: Hashable, Sendable, Codable {
    /// The kind of document.
    public let type: IdentityType
    /// The normalized number: Latin digits, and upper-case letters for passports.
    public let value: String

    private static let saudiLength = 10
    private static let gccLengths = 6...15
    private static let passportLengths = 6...12

    private init(type: IdentityType, value: String) {
        self.type = type
        self.value = value
    }

    /// Validates and normalizes typed text: trims spaces, turns Arabic-Indic digits into Latin (Digits.latinized), upper-cases letters for passports.
    ///
    /// Spaces and invisible direction marks are removed wherever they are,
    /// not only at the ends, because numbers copied from documents or typed
    /// in groups ("1000 000 008") are still the same number.
    public static func parse(_ text: String, type: IdentityType) -> Result<IdentityNumber, IdentityProblem> {
        let cleaned = String(
            String.UnicodeScalarView(
                Digits.latinized(text).unicodeScalars.filter { !isIgnorable($0) }
            ))
        guard !cleaned.isEmpty else { return .failure(.empty) }
        switch type {
        case .nationalID:
            return parseSaudi(cleaned, type: type, firstDigits: ["1"], checksum: true)
        case .iqama:
            return parseSaudi(cleaned, type: type, firstDigits: ["2"], checksum: true)
        case .borderNumber:
            return parseSaudi(cleaned, type: type, firstDigits: ["3", "4"], checksum: false)
        case .gccID:
            guard cleaned.allSatisfy(isASCIIDigit) else { return .failure(.notDigits) }
            return checkLength(cleaned, allowed: gccLengths).map { IdentityNumber(type: type, value: $0) }
        case .passport:
            let upper = cleaned.uppercased()
            guard upper.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) }) else {
                return .failure(.invalidCharacters)
            }
            return checkLength(upper, allowed: passportLengths).map { IdentityNumber(type: type, value: $0) }
        }
    }

    /// Whether a document that expires on `expiresOn` is expired on `day`.
    ///
    /// A document is still valid on its expiry day itself; an unknown expiry
    /// is never treated as expired, so missing data does not block service.
    public static func isExpired(expiresOn: GregorianDay?, on day: GregorianDay) -> Bool {
        guard let expiresOn else { return false }
        return expiresOn < day
    }

    /// The checks shared by the ten-digit Saudi numbers, in the order that
    /// gives the most useful message: wrong characters before wrong length,
    /// and the first digit before the checksum.
    private static func parseSaudi(
        _ digits: String,
        type: IdentityType,
        firstDigits: Set<Character>,
        checksum: Bool
    ) -> Result<IdentityNumber, IdentityProblem> {
        guard digits.allSatisfy(isASCIIDigit) else { return .failure(.notDigits) }
        guard digits.count == saudiLength else { return .failure(.wrongLength(expected: saudiLength)) }
        // The number is non-empty here, so it has a first character.
        let first = digits.first!
        guard firstDigits.contains(first) else {
            // Report the lowest allowed digit so the message is stable.
            return .failure(.mustStartWith(firstDigits.min()!))
        }
        if checksum, !passesLuhn(digits) {
            return .failure(.checksumFailed)
        }
        return .success(IdentityNumber(type: type, value: digits))
    }

    private static func checkLength(_ text: String, allowed: ClosedRange<Int>) -> Result<String, IdentityProblem> {
        if text.count < allowed.lowerBound {
            return .failure(.wrongLength(expected: allowed.lowerBound))
        }
        if text.count > allowed.upperBound {
            return .failure(.tooLong(maximum: allowed.upperBound))
        }
        return .success(text)
    }

    /// The Luhn variant the Saudi civil registry uses: counting from the left,
    /// digits at even 0-based positions are doubled (minus 9 when over 9),
    /// the others are added as they are, and the total must be a multiple of 10.
    static func passesLuhn(_ digits: String) -> Bool {
        var total = 0
        for (position, character) in digits.enumerated() {
            guard let digit = character.wholeNumberValue else { return false }
            if position.isMultiple(of: 2) {
                let doubled = digit * 2
                total += doubled > 9 ? doubled - 9 : doubled
            } else {
                total += digit
            }
        }
        return total.isMultiple(of: 10)
    }

    /// Checked through `isASCII` because a range of characters would also
    /// admit a digit followed by a combining mark.
    private static func isASCIIDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    /// Whitespace and the invisible direction marks that right-to-left
    /// editors insert around numbers.
    private static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || ArabicText.isFormatMark(scalar)
    }
}
