import Foundation

/// Folds the many ways one Arabic name can be typed into a single search form.
///
/// The same name reaches the system as "أحمد" or "احمد", "فاطمة" or "فاطمه",
/// with or without vowel marks and tatweel, with Persian keyboard letters, and
/// with invisible direction marks copied from other programs. Both the stored
/// text and the query go through `normalizedForSearch`, so any of those
/// spellings finds the others.
public enum ArabicText {
    /// Letters folded to the plain letter people treat as equivalent when searching.
    ///
    /// Hamza carriers and madda usually disappear in the compatibility
    /// decomposition already; they are listed as well so the folding does not
    /// depend on that detail.
    private static let letterFolding: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{0623}": "\u{0627}",  // أ → ا
        "\u{0625}": "\u{0627}",  // إ → ا
        "\u{0622}": "\u{0627}",  // آ → ا
        "\u{0671}": "\u{0627}",  // ٱ → ا
        "\u{0629}": "\u{0647}",  // ة → ه
        "\u{0649}": "\u{064A}",  // ى → ي
        "\u{0624}": "\u{0648}",  // ؤ → و
        "\u{0626}": "\u{064A}",  // ئ → ي
        // Persian keyboard layouts, common on shared computers, produce these
        // look-alikes of ي and ك.
        "\u{06CC}": "\u{064A}",  // ی → ي
        "\u{06A9}": "\u{0643}",  // ک → ك
    ]

    private static let tatweel: Unicode.Scalar = "\u{0640}"

    /// The form used for search, both in what is stored and in the query.
    ///
    /// Letters are folded (أ إ آ ٱ → ا, ة → ه, ى ی → ي, ؤ → و, ئ → ي, ک → ك),
    /// vowel marks, tatweel and direction marks are removed, digits become
    /// Latin, Latin letters lose case and accents ("José" → "jose"), and every
    /// run of spaces or punctuation becomes one space, with none at the ends.
    public static func normalizedForSearch(_ text: String) -> String {
        // Lower-case before decomposing: lower-casing can itself produce
        // combining marks (İ → i̇), which the decomposition step then drops.
        let prepared = Digits.latinized(text).lowercased()
        // The compatibility decomposition splits accented letters into base
        // letter and mark, and turns Arabic presentation forms and full-width
        // Latin back into ordinary letters.
        let decomposed = prepared.decomposedStringWithCompatibilityMapping
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in decomposed.unicodeScalars {
            if isFormatMark(scalar) || scalar == tatweel || isMark(scalar) {
                continue
            }
            if isSeparator(scalar) {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace {
                output.append(" ")
                pendingSpace = false
            }
            output.append(letterFolding[scalar] ?? scalar)
        }
        return String(output)
    }

    /// The normalized text split into words (empty words dropped).
    public static func searchTokens(_ text: String) -> [String] {
        normalizedForSearch(text).split(separator: " ").map(String.init)
    }

    /// The invisible characters that control text direction or joining; they
    /// arrive with text copied from right-to-left editors and must never make
    /// two equal strings differ.
    static func isFormatMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Combining marks: Arabic tashkeel (U+064B–U+065F), the superscript alef
    /// (U+0670), and the accents split off Latin letters by decomposition.
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            return true
        default:
            return (0x064B...0x065F).contains(scalar.value) || scalar.value == 0x0670
        }
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace {
            return true
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation, .control:
            return true
        default:
            return false
        }
    }
}
