import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// A page frame rendered with placeholders, cut into the literal text between its holes.
struct FrameTemplate {
    /// What goes into a hole.
    enum Slot: String, CaseIterable {
        case title, token, back, content

        /// Letters only, so no escaping changes it wherever it is rendered.
        var placeholder: String { "__manarat_slot_\(rawValue)__" }
    }

    /// `literals.count == slots.count + 1`: literal, hole, literal, …, literal.
    let literals: [String]
    let slots: [Slot]
    let size: Int

    init(parsing rendered: String) {
        var literals: [String] = []
        var slots: [Slot] = []
        var rest = Substring(rendered)
        while let start = rest.range(of: "__manarat_slot_") {
            let name = rest[start.upperBound...].prefix { $0 != "_" }
            guard let slot = Slot(rawValue: String(name)),
                let end = rest.range(of: slot.placeholder, range: start.lowerBound..<rest.endIndex),
                end.lowerBound == start.lowerBound
            else {
                preconditionFailure("a malformed frame placeholder")
            }
            literals.append(String(rest[..<start.lowerBound]))
            slots.append(slot)
            rest = rest[end.upperBound...]
        }
        literals.append(String(rest))
        self.literals = literals
        self.slots = slots
        self.size = rendered.utf8.count
    }
}
