import Fluent
import ManaratDomain
import ManaratPersistence
import Vapor

/// Enforces a route's `Access`: anonymous visitors go to sign-in, staff without a permitted role
/// get 403, and staff who must change a password someone else set are sent to do that first.
struct AccessMiddleware: AsyncMiddleware {
    let access: Access

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        switch access {
        case .everyone:
            return try await next.respond(to: request)
        case .beneficiary:
            guard request.signedInBeneficiary != nil else {
                let target = request.method == .GET ? request.url.path : PortalURL.home.path
                return request.redirect(to: PortalURL.signIn.path(query: [("next", target)]), redirectType: .normal)
            }
            return try await next.respond(to: request)
        case .anyStaff, .staff:
            guard let signedIn = request.signedInStaff else {
                let target =
                    request.method == .GET
                    ? request.url.path + (request.url.query.map { "?" + $0 } ?? "") : StaffURL.home.path
                return request.redirect(to: StaffURL.signIn.path(query: [("next", target)]), redirectType: .normal)
            }
            guard access.admits(signedIn.member) else {
                throw Abort(.forbidden)
            }
            guard try await Self.withinBranch(request, staff: signedIn.member) else {
                throw Abort(.forbidden)
            }
            request.actingRole = Self.actingRole(for: access, staff: signedIn.member)
            if signedIn.mustChangePassword, request.url.path != StaffURL.password.path {
                return request.redirect(to: StaffURL.password.path, redirectType: .normal)
            }
            return try await next.respond(to: request)
        }
    }

    /// The records a route can name, by the name of its path parameter.
    static let scopedParameters: [(RouteParameter, @Sendable (UUID) -> RecordBranchRepository.Record)] = [
        (.beneficiaryID, { .beneficiary($0) }), (.requestID, { .request($0) }), (.documentID, { .document($0) }),
        (.deliveryID, { .delivery($0) }), (.proposalID, { .householdProposal($0) }), (.contactID, { .contact($0) }),
        (.inquiryID, { .inquiry($0) }), (.feedbackID, { .feedback($0) }), (.dataRequestID, { .dataRequest($0) }),
    ]

    /// `items` narrowed to those `staff` may work on: of a beneficiary of their branch, of none, or
    /// of no beneficiary (an anonymous suggestion). One query, for confined staff only.
    static func withinBranch<Item>(_ items: [Item], request: Request, beneficiary: (Item) -> UUID?) async throws
        -> [Item]
    {
        guard let staff = request.staff else { return items }
        return try await withinBranch(items, staff: staff, database: request.db, beneficiary: beneficiary)
    }

    /// `items` less those of beneficiaries of another branch than the one `staff` is confined to.
    static func withinBranch<Item>(
        _ items: [Item], staff: StaffMember, database: any Database, beneficiary: (Item) -> UUID?
    ) async throws -> [Item] {
        guard let confined = BranchScope.confinement(of: staff) else { return items }
        let branches = try await RecordBranchRepository(database: database).branches(
            ofBeneficiaries: Set(items.compactMap(beneficiary)))
        return items.filter { item in beneficiary(item).flatMap { branches[$0] }.map { $0 == confined } ?? true }
    }

    /// Whether every record the route names is of a branch `staff` may work on (`BranchScope`).
    static func withinBranch(_ request: Request, staff: StaffMember) async throws -> Bool {
        // Staff working across branches pay no lookup; confined staff, one per record the route names.
        guard BranchScope.confinement(of: staff) != nil else { return true }
        let records = RecordBranchRepository(database: request.db)
        for (name, record) in scopedParameters {
            guard let id = request.parameter(name, as: UUID.self) else { continue }
            if !BranchScope.admits(staff, recordBranch: try await records.branch(of: record(id))) { return false }
        }
        return true
    }
}
