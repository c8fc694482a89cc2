import Fluent
import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import Vapor

/// Ready-made records for tests.
public enum Fixtures {
    /// The password every fixture account has.
    public static let password = "correct horse battery"

    /// Creates a staff account with `roles` (and an audit-free history: fixtures are setup, not actions).
    @discardableResult
    public static func staff(_ app: Application, username: String, roles: Set<Role>, branchID: UUID? = nil, mustChangePassword: Bool = false, isActive: Bool = true) async throws -> StaffMember {
        let hash = try Bcrypt.hash(password, cost: 4)
        let draft = StaffDraft(username: username, displayName: "Test " + username, roles: roles, branchID: branchID, isActive: isActive)
        return try await StaffRepository(database: app.db).create(id: UUID(), draft: draft, passwordHash: hash, mustChangePassword: mustChangePassword, at: Date())
    }

    /// Creates a branch.
    @discardableResult
    public static func branch(_ app: Application, code: String = "RUH", nameArabic: String = "فرع الرياض") async throws -> Branch {
        let branch = Branch(id: UUID(), code: code, nameArabic: nameArabic, nameEnglish: "Riyadh branch", city: "الرياض", isActive: true)
        try await BranchRepository(database: app.db).save(branch, at: Date())
        return branch
    }
}
