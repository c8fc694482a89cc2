/// Normalises the digits people type in Arabic interfaces.
///
/// Saudi keyboards and phones produce Arabic-Indic digits (٠-٩), and Persian
/// or Urdu layouts produce the extended forms (۰-۹); parsers and databases
/// expect ASCII digits, so input is latinised before it is read.
public enum Digits {
    private static let arabicIndicZero: UInt32 = 0x0660
    private static let extendedArabicIndicZero: UInt32 = 0x06F0
    private static let asciiZero: UInt32 = 0x30

    /// Returns `text` with every Arabic-Indic (U+0660–U+0669) and extended
    /// Arabic-Indic (U+06F0–U+06F9) digit replaced by its ASCII counterpart;
    /// every other character is left exactly as it was.
    public static func latinized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(latinized(scalar))
        }
        return String(scalars)
    }

    private static func latinized(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        let zero: UInt32
        if (arabicIndicZero...(arabicIndicZero + 9)).contains(value) {
            zero = arabicIndicZero
        } else if (extendedArabicIndicZero...(extendedArabicIndicZero + 9)).contains(value) {
            zero = extendedArabicIndicZero
        } else {
            return scalar
        }
        // ASCII digits are always valid scalars.
        return Unicode.Scalar(asciiZero + value - zero)!
    }
}
