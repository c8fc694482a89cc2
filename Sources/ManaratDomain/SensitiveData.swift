import Foundation

/// Who may see which parts of a beneficiary's file.
public enum SensitiveData {
    /// The roles that may read health conditions and a child's parentage. Service delivery
    /// officers hand over services and do not need them.
    public static let readers: Set<Role> = [.admin, .relations, .researcher, .committee, .quality]

    /// Whether a staff member with `roles` may read sensitive fields.
    public static func mayRead(_ roles: Set<Role>) -> Bool {
        !roles.isDisjoint(with: readers)
    }
}
