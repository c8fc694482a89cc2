import Foundation

/// A message text with `{{placeholder}}` slots, such as «عزيزنا {{name}}، رقم طلبك {{reference}}».
public struct MessageTemplate: Sendable, Equatable {
    /// The text as written by an administrator.
    public var text: String

    /// Wraps `text`.
    public init(_ text: String) {
        self.text = text
    }

    /// The placeholder names the text uses, in order of first appearance.
    public var placeholders: [String] {
        var seen: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if !seen.contains(name) { seen.append(name) }
            rest = rest[close.upperBound...]
        }
        return seen
    }

    /// The placeholders the text uses that `event` does not offer; saving is refused while any remain.
    public func unknownPlaceholders(for event: NotificationEvent) -> [String] {
        placeholders.filter { !event.placeholders.contains($0) }
    }

    /// The text with every placeholder replaced by its value (an empty string when none was given).
    public func render(_ values: [String: String]) -> String {
        var output = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            output += rest[..<open.lowerBound]
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            output += values[name] ?? ""
            rest = rest[close.upperBound...]
        }
        return output + rest
    }
}
