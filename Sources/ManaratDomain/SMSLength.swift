import Foundation

/// How many SMS parts a text takes.
///
/// A text in the GSM 03.38 alphabet fits 160 characters in one part and 153 per part when split
/// (characters of the extension table count twice); anything else, Arabic among it, is sent as
/// UCS-2: 70 characters in one part, 67 per part when split.
public struct SMSLength: Sendable, Equatable {
    /// The two encodings an SMS can use.
    public enum Encoding: String, Sendable {
        case gsm7
        case ucs2
    }

    /// The encoding the text needs.
    public var encoding: Encoding
    /// Its length in that encoding's units.
    public var units: Int
    /// The number of parts.
    public var parts: Int

    /// Measures `text`.
    public init(_ text: String) {
        var septets = 0
        var isGSM = true
        for scalar in text.unicodeScalars {
            if Self.basic.contains(scalar) {
                septets += 1
            } else if Self.extended.contains(scalar) {
                septets += 2
            } else {
                isGSM = false
                break
            }
        }
        if isGSM {
            encoding = .gsm7
            units = septets
            parts = septets == 0 ? 0 : (septets <= 160 ? 1 : Int((Double(septets) / 153).rounded(.up)))
        } else {
            encoding = .ucs2
            units = text.utf16.count
            parts = units == 0 ? 0 : (units <= 70 ? 1 : Int((Double(units) / 67).rounded(.up)))
        }
    }

    private static let basic: Set<Unicode.Scalar> = Set(
        ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
            .unicodeScalars
    )
    private static let extended: Set<Unicode.Scalar> = Set("^{}\\[~]|€\u{0C}".unicodeScalars)
}
