import Foundation
import Plot

/// Text made safe to sit inside a double-quoted HTML attribute.
///
/// Plot escapes text nodes but writes attribute values as given, so a value a person typed
/// (a search, a form field sent back with its error, the page address) must be escaped here
/// before it becomes `value="…"`, or a `"` would end the attribute and start markup.
enum AttributeText {
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x22 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x27 }) else {
            return text
        }
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "&quot;"
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
