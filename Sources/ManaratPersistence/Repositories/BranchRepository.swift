import Fluent
import Foundation
import ManaratDomain

/// Reads and writes branches.
public struct BranchRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// Every branch, ordered by code.
    public func all() async throws -> [Branch] {
        try await BranchModel.query(on: database).sort(\.$code).all().map(\.domain)
    }

    /// The branch with this id.
    public func find(id: UUID) async throws -> Branch? {
        try await BranchModel.find(id, on: database)?.domain
    }

    /// Whether another branch already uses `code`.
    public func codeTaken(_ code: String, except id: UUID? = nil) async throws -> Bool {
        var query = BranchModel.query(on: database).filter(\.$code == code)
        if let id { query = query.filter(\.$id != id) }
        return try await query.count() > 0
    }

    /// Saves a new branch or the changes to an existing one.
    public func save(_ branch: Branch, at now: Date) async throws {
        if let row = try await BranchModel.find(branch.id, on: database) {
            row.code = branch.code
            row.nameArabic = branch.nameArabic
            row.nameEnglish = branch.nameEnglish
            row.city = branch.city
            row.isActive = branch.isActive
            try await row.update(on: database)
        } else {
            try await BranchModel(
                id: branch.id, code: branch.code, nameArabic: branch.nameArabic, nameEnglish: branch.nameEnglish,
                city: branch.city, isActive: branch.isActive, createdAt: now
            ).create(on: database)
        }
    }
}
