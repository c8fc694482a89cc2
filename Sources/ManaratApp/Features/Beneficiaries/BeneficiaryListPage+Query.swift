import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

extension BeneficiaryListPage.Model {
    /// The beneficiaries shown per page.
    static let perPage = 25

    /// Page `page` of the beneficiaries matching `query` that `staff` may see.
    static func query(_ database: any Database, query: String, page: Int, staff: StaffMember?) async throws -> Self {
        let query = String(query.prefix(100))
        let page = max(1, min(page, 10_000))
        let result = try await BeneficiaryRepository(database: database).search(
            query, page: page, perPage: perPage, withinBranch: staff.flatMap(BranchScope.confinement(of:)))
        func pagePath(_ number: Int) -> String {
            StaffURL.beneficiaries.path(query: (query.isEmpty ? [] : [("q", query)]) + [("page", String(number))])
        }
        return Self(
            query: query, rows: result.rows, page: page, previousPath: page > 1 ? pagePath(page - 1) : nil,
            nextPath: result.hasMore ? pagePath(page + 1) : nil,
            mayCreate: Access.staff(BeneficiaryRoutes.editors).admits(staff))
    }
}
