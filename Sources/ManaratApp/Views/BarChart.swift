import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// Horizontal bar charts as SVG, drawn from the right in Arabic and from the left in English.
enum BarChart {
    static func svg(_ items: [(label: String, value: Int)], title: String, rightToLeft: Bool) -> String {
        let width = 560.0
        let barHeight = 26.0
        let gap = 8.0
        let labelWidth = 190.0
        let maximum = Double(max(items.map(\.value).max() ?? 1, 1))
        let height = Double(items.count) * (barHeight + gap) + gap
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" class=\"chart\"><title>\(escape(title))</title>"
        ]
        for (index, item) in items.enumerated() {
            let y = gap + Double(index) * (barHeight + gap)
            let barLength = (width - labelWidth - 60) * Double(item.value) / maximum
            let barX = rightToLeft ? width - labelWidth - barLength : labelWidth
            let labelX = rightToLeft ? width - 4 : 4
            let valueX = rightToLeft ? barX - 6 : barX + barLength + 6
            let anchor = rightToLeft ? "end" : "start"
            parts.append(
                "<text x=\"\(Int(labelX))\" y=\"\(Int(y + 18))\" text-anchor=\"\(anchor)\" font-size=\"14\">\(escape(item.label))</text>"
            )
            parts.append(
                "<rect x=\"\(Int(barX))\" y=\"\(Int(y))\" width=\"\(Int(max(barLength, 1)))\" height=\"\(Int(barHeight))\" fill=\"#0b5d57\"></rect>"
            )
            parts.append(
                "<text x=\"\(Int(valueX))\" y=\"\(Int(y + 18))\" text-anchor=\"\(anchor)\" font-size=\"14\">\(item.value)</text>"
            )
        }
        parts.append("</svg>")
        return parts.joined()
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
