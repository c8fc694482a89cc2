import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// A beneficiary's household at the desk: finances and members. Each handler decodes its form,
/// asks `HouseholdService`, and goes back to the file, or shows what was refused.
struct HouseholdController {
    func saveFinances(_ request: Request) async throws -> Response {
        let head = try await BeneficiaryController().find(request)
        let form = try request.content.decode(HouseholdFinancesForm.self)
        return try await change(request, head: head) {
            let finances = try form.parsed().get()
            try await request.audited(
                action: .householdUpdate, recordType: .beneficiary, recordID: head.id.uuidString,
                summary:
                    "income=\(finances.monthlyIncome.plain) rent=\(finances.monthlyRent.plain) debts=\(finances.debts.plain) housing=\(finances.housing.rawValue)"
            ) { db in
                try await service(request, on: db).saveFinances(finances, of: head.id)
            }
        }
    }

    func addMember(_ request: Request) async throws -> Response {
        let head = try await BeneficiaryController().find(request)
        let form = try request.content.decode(HouseholdMemberForm.self)
        return try await change(request, head: head) {
            let draft = try form.parsed(sensitive: SensitiveData.mayRead(request.staff?.roles ?? [])).get()
            let member = try await service(request, on: request.db).member(draft, of: head.id)
            _ = try await request.auditedCreation(
                recordID: member.id, action: .householdMemberAdd, recordType: .beneficiary,
                auditedAs: head.id.uuidString,
                summary: "member \(member.id.uuidString.lowercased()) relation=\(member.relation.rawValue)"
                    + (member.beneficiaryID.map { " beneficiary=\($0.uuidString.lowercased())" } ?? "")
            ) { db in
                try await service(request, on: db).add(member, to: head.id)
            }
        }
    }

    func removeMember(_ request: Request) async throws -> Response {
        let head = try await BeneficiaryController().find(request)
        guard let memberID = request.parameter(.memberID, as: UUID.self) else { throw Abort(.notFound) }
        // Throwing inside the transaction rolls the audit entry back with the change that did not happen.
        do {
            try await request.audited(
                action: .householdMemberRemove, recordType: .beneficiary, recordID: head.id.uuidString,
                summary: "member \(memberID.uuidString.lowercased()) removed"
            ) { db in
                try await service(request, on: db).removeMember(memberID, from: head.id)
            }
        } catch is RecordNotFound {
            throw Abort(.notFound)
        }
        return request.redirect(to: StaffURL.beneficiary(head.id).path + "?saved=1", redirectType: .normal)
    }

    /// Runs `body`; back to the file when done, or the refusal with a way back.
    private func change(_ request: Request, head: Beneficiary, _ body: () async throws -> Void) async throws
        -> Response
    {
        let back = StaffURL.beneficiary(head.id).path
        do {
            try await body()
        } catch let refused as HouseholdProblems {
            return .html(
                PartyErrorPage.render(
                    errors: HouseholdText(strings: request.strings).errors(refused.problems), back: back,
                    context: PageContext(request: request)), status: .unprocessableEntity)
        }
        return request.redirect(to: back + "?saved=1", redirectType: .normal)
    }

    private func service(_ request: Request, on database: any Database) -> HouseholdService {
        HouseholdService(
            store: HouseholdStoreRepository(database: database), clock: request.manarat.configuration.clock,
            ids: request.manarat.configuration.ids)
    }
}
