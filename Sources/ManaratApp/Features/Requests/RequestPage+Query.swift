import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

extension RequestPage.Model {
    /// What the page shows of `file` to `staff` on `workflow`'s day, with the refusal of the last
    /// action; `needsForm` keeps the needs inputs of a refused report as typed.
    static func query(
        _ file: RequestFile, workflow: RequestWorkflow, database: any Database, staff: StaffMember?,
        language: Language, problems: [RequestProblem], saved: Bool, needsForm: NeedsForm? = nil
    ) async throws -> Self {
        let workload = try await RequestRepository(database: database).researchWorkload()
        let researchers = try await StaffRepository(database: database).all()
            .filter { $0.isActive && $0.roles.contains(.researcher) }
            .map { RequestPage.ResearcherLoad(id: $0.id, name: $0.displayName, openRequests: workload[$0.id] ?? 0) }
        let branch = try await file.request.branchID.asyncFlatMap {
            try await BranchRepository(database: database).find(id: $0)
        }
        var shownNeedsForm: NeedsForm?
        if RequestService.mayWriteReport(file.request, staff: staff) {
            if let needsForm {
                shownNeedsForm = needsForm
            } else {
                shownNeedsForm = try await NeedsForm.query(
                    on: database, beneficiaryID: file.beneficiary.id, today: workflow.today)
            }
        }
        return Self(
            file: file, missing: workflow.problems(file),
            allowed: RequestStateMachine.allowedEvents(from: file.request.status, facts: workflow.facts(file)),
            events: try await workflow.store.events(of: file.request.id),
            deliveries: try await workflow.store.deliveries(of: file.request.id), researchers: researchers,
            staffRoles: staff?.roles ?? [], staffID: staff?.id, branchName: branch?.name(in: language),
            problems: problems, saved: saved, clock: try await workflow.pausedClock(file), needsForm: shownNeedsForm)
    }
}
