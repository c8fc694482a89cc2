import Fluent
import Foundation
import ManaratDomain

/// Reads a request's whole file: the request, its type, applicant, documents, household and reports.
public struct RequestFileRepository: Sendable {
    let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// The request `id`'s file; nil when there is no such request.
    public func file(id: UUID) async throws -> RequestFile? {
        guard let supportRequest = try await RequestRepository(database: database).find(id: id),
            let type = try await RequestTypeRepository(database: database).type(id: supportRequest.typeID),
            let beneficiary = try await BeneficiaryRepository(database: database).find(id: supportRequest.beneficiaryID)
        else {
            return nil
        }
        let household = try await HouseholdRepository(database: database).household(headedBy: beneficiary.id)
        return RequestFile(
            request: supportRequest, type: type, beneficiary: beneficiary,
            documents: try await RequestDocumentRepository(database: database).documents(of: id),
            householdIdentities: Set(household?.members.compactMap { $0.identity?.value } ?? []),
            reports: try await ResearchReportRepository(database: database).researchReports(of: id))
    }
}
