import Foundation

/// A declared relative or interest of a staff member.
public struct DeclarationRecord: Sendable, Equatable, Identifiable {
    /// The declaration's identifier.
    public var id: UUID
    /// The staff member.
    public var staffID: UUID
    /// The relative's identity number (or the staff member's own, with relation "self").
    public var identityNumber: String
    /// The relation, such as "brother", or "self".
    public var relation: String
    /// Other interests, in words.
    public var note: String
    /// When it was declared.
    public var createdAt: Date

    /// A value from its parts.
    public init(
        id: UUID,
        staffID: UUID,
        identityNumber: String,
        relation: String,
        note: String,
        createdAt: Date
    ) {
        self.id = id
        self.staffID = staffID
        self.identityNumber = identityNumber
        self.relation = relation
        self.note = note
        self.createdAt = createdAt
    }
}
