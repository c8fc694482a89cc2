import Foundation

/// A staff role from the policy: what a staff member may see and do.
///
/// The raw values are stored in the database and never renamed.
public enum Role: String, CaseIterable, Codable, Sendable, Comparable {
    /// System administrator (مدير النظام): staff, branches, roles, configuration.
    case admin
    /// Beneficiary-relations employee (موظف علاقات المستفيدين): intake and contacts.
    case relations
    /// Social researcher (الباحث الاجتماعي).
    case researcher
    /// Research committee member (عضو لجنة البحث).
    case committee
    /// Service delivery officer (مسؤول تقديم الخدمة).
    case delivery
    /// Quality officer (مسؤول الجودة): audit, satisfaction, complaints.
    case quality

    /// Orders roles as the policy lists them, so lists read the same everywhere.
    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
