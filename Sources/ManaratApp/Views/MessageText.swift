import Foundation
import Plot

/// A notice's text as a person reads it on a phone: Latin runs such as a reference number
/// ("R-1448-000081") or a link are isolated left to right, so the bidi algorithm cannot split
/// "R-1448" from "000081" across Arabic words, and a long link wraps instead of widening the page.
enum MessageText {
    /// Splits `text` into plain runs and left-to-right codes (a Latin letter or digit run that
    /// holds a hyphen, a slash or a dot, or starts with http).
    static func runs(_ text: String) -> [(text: String, isCode: Bool)] {
        var runs: [(String, Bool)] = []
        for (index, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            let isCode = Self.isCode(word)
            let piece = (index == 0 ? "" : " ") + word
            if isCode {
                if index > 0 { Self.append(" ", isCode: false, to: &runs) }
                runs.append((String(word), true))
            } else {
                Self.append(piece, isCode: false, to: &runs)
            }
        }
        return runs
    }

    /// The text with its codes in `<bdi dir="ltr">`, inside a span that may break anywhere.
    static func render(_ text: String) -> Node<HTML.BodyContext> {
        .span(
            .class("break"),
            .forEach(runs(text)) { run in
                // A reference stays on one line; a link may wrap anywhere, or it would widen the page.
                run.isCode
                    ? .element(
                        named: "bdi",
                        nodes: [
                            .attribute(named: "dir", value: "ltr"),
                            .class(run.text.hasPrefix("http") ? "break" : "nowrap"), .text(run.text),
                        ]) : .text(run.text)
            })
    }

    private static func isCode(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first, first.isASCII,
            first.properties.isAlphabetic || ("0"..."9").contains(Character(first))
        else { return false }
        if word.hasPrefix("http") { return true }
        let latin = word.unicodeScalars.allSatisfy { $0.isASCII && !$0.properties.isWhitespace }
        return latin && word.contains { "-/.".contains($0) } && word.contains { $0.isNumber }
    }

    private static func append(_ text: String, isCode: Bool, to runs: inout [(String, Bool)]) {
        if let last = runs.last, !last.1, !isCode {
            runs[runs.count - 1].0 += text
        } else {
            runs.append((text, isCode))
        }
    }
}
