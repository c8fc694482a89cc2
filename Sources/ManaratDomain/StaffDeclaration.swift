import Foundation

/// A staff member's conflict-of-interest declaration (إفصاح): whose requests
/// they must stay away from.
public struct StaffDeclaration: Sendable, Equatable {
    /// The staff member who declared.
    public var staffID: UUID
    /// The identity numbers of the relatives they declared.
    public var relativeIdentityNumbers: Set<String>
    /// Their own identity number, when on file.
    public var ownIdentityNumber: String?

    /// Creates a declaration.
    public init(staffID: UUID, relativeIdentityNumbers: Set<String>, ownIdentityNumber: String?) {
        self.staffID = staffID
        self.relativeIdentityNumbers = relativeIdentityNumbers
        self.ownIdentityNumber = ownIdentityNumber
    }
}
