import Foundation
import Plot

/// A small Markdown subset turned into Plot nodes: headings, paragraphs, bullet and numbered lists,
/// bold, and links. Safe by construction: every piece of text goes through Plot's escaping, no
/// HTML in the source is ever passed through, and a link becomes a link only for https, http,
/// mailto or a path on this site; anything else (javascript:, data:) stays plain text.
enum SafeMarkdown {
    static func render(_ source: String) -> Node<HTML.BodyContext> {
        let blocks = source.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
        return .group(blocks.compactMap(block))
    }

    private static func block(_ text: String) -> Node<HTML.BodyContext>? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map {
            String($0).trimmingCharacters(in: .whitespaces)
        }
        guard let first = lines.first else { return nil }
        if first.hasPrefix("### ") { return .h4(inline(String(first.dropFirst(4)))) }
        if first.hasPrefix("## ") { return .h3(inline(String(first.dropFirst(3)))) }
        if first.hasPrefix("# ") { return .h2(inline(String(first.dropFirst(2)))) }
        if lines.allSatisfy({ $0.hasPrefix("- ") || $0.hasPrefix("* ") }) {
            return .ul(.forEach(lines) { .li(inline(String($0.dropFirst(2)))) })
        }
        if lines.allSatisfy({ $0.range(of: #"^[0-9٠-٩]+[.)] "#, options: .regularExpression) != nil }) {
            return .ol(.forEach(lines) { line in .li(inline(String(line.drop { $0 != " " }.dropFirst()))) })
        }
        return .p(.forEach(Array(lines.enumerated())) { index, line in .group(.if(index > 0, .br()), inline(line)) })
    }

    /// Bold and links inside a line; everything else is text.
    static func inline(_ line: String) -> Node<HTML.BodyContext> {
        var nodes: [Node<HTML.BodyContext>] = []
        var rest = Substring(line)
        while !rest.isEmpty {
            if rest.hasPrefix("**"), let end = rest.dropFirst(2).range(of: "**") {
                nodes.append(.strong(.text(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound]))))
                rest = rest[end.upperBound...]
                continue
            }
            if rest.hasPrefix("["), let close = rest.range(of: "]("),
                let end = rest[close.upperBound...].firstIndex(of: ")")
            {
                let label = String(rest[rest.index(after: rest.startIndex)..<close.lowerBound])
                let target = String(rest[close.upperBound..<end]).trimmingCharacters(in: .whitespaces)
                nodes.append(isSafe(target) ? .a(.href(target), .text(label)) : .text(label))
                rest = rest[rest.index(after: end)...]
                continue
            }
            let next = rest.dropFirst().firstIndex { $0 == "*" || $0 == "[" } ?? rest.endIndex
            nodes.append(.text(String(rest[rest.startIndex..<next])))
            rest = rest[next...]
        }
        return .group(nodes)
    }

    /// Whether a link target may become a link.
    static func isSafe(_ target: String) -> Bool {
        let lower = target.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:") {
            return !lower.contains(" ")
        }
        return lower.hasPrefix("/") && !lower.hasPrefix("//") && !lower.contains("\\")
    }
}
