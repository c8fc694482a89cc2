import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Beneficiaries propose changes to their household in the portal; staff review each one and,
/// when they approve it, the change is made through the same household rules as at the desk.
struct HouseholdProposalController {
    func show(_ request: Request) async throws -> Response {
        guard let id = request.signedInBeneficiary?.id else { throw Abort(.unauthorized) }
        return try await page(request, beneficiaryID: id, problems: [], status: .ok)
    }

    func propose(_ request: Request) async throws -> Response {
        guard let beneficiaryID = request.signedInBeneficiary?.id else { throw Abort(.unauthorized) }
        let form = try request.content.decode(HouseholdProposalForm.self)
        let service = service(request, on: request.db)
        let proposal: HouseholdProposal
        do {
            let draft =
                form.removes ? nil : try request.content.decode(HouseholdMemberForm.self).parsed(sensitive: false).get()
            proposal = try await service.proposal(
                by: beneficiaryID, adding: draft, removing: form.memberID.flatMap(UUID.init(uuidString:)),
                note: form.shortNote)
        } catch let refused as HouseholdProblems {
            return try await page(
                request, beneficiaryID: beneficiaryID, problems: refused.problems, status: .unprocessableEntity)
        } catch is RecordNotFound {
            throw Abort(.notFound)
        }
        try await request.audited(
            action: .householdPropose, recordType: .beneficiary, recordID: beneficiaryID.uuidString,
            summary: "proposed to \(proposal.kind) a household member (\(proposal.relation.rawValue))"
        ) { db in
            try await self.service(request, on: db).propose(proposal)
        }
        return request.redirect(to: PortalURL.household.path, redirectType: .normal)
    }

    func decide(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.proposalID, as: UUID.self),
            let proposal = try await HouseholdStoreRepository(database: request.db).proposal(id: id),
            proposal.status == .pending
        else { throw Abort(.notFound) }
        let form = try request.content.decode(HouseholdDecisionForm.self)
        let back = StaffURL.beneficiary(proposal.beneficiaryID).path
        let staffID = request.staff?.id
        do {
            try await request.audited(
                action: form.approves ? .householdProposalApprove : .householdProposalReject,
                recordType: .beneficiary, recordID: proposal.beneficiaryID.uuidString,
                summary: "\(proposal.kind) member (\(proposal.relation.rawValue))"
            ) { db in
                try await service(request, on: db).decide(
                    proposal, approved: form.approves, note: form.shortNote, by: staffID)
            }
        } catch let refused as HouseholdProblems {
            return .html(
                PartyErrorPage.render(
                    errors: HouseholdText(strings: request.strings).errors(refused.problems), back: back,
                    context: PageContext(request: request)), status: .unprocessableEntity)
        }
        return request.redirect(to: back + "?saved=1", redirectType: .normal)
    }

    private func page(
        _ request: Request, beneficiaryID: UUID, problems: [HouseholdProblem], status: HTTPResponseStatus
    ) async throws -> Response {
        let model = try await PortalHouseholdPage.Model.query(
            HouseholdStoreRepository(database: request.db), beneficiaryID: beneficiaryID, problems: problems)
        return .html(PortalHouseholdPage.render(model, context: PageContext(request: request)), status: status)
    }

    private func service(_ request: Request, on database: any Database) -> HouseholdService {
        HouseholdService(
            store: HouseholdStoreRepository(database: database), clock: request.manarat.configuration.clock,
            ids: request.manarat.configuration.ids)
    }
}
