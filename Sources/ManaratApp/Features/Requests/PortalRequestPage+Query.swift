import Foundation
import ManaratDomain
import ManaratPersistence

extension PortalRequestPage.Model {
    /// What the applicant sees of `file` on `workflow`'s day, with the refusal of the last action.
    static func query(
        _ file: RequestFile, workflow: RequestWorkflow, justSubmitted: Bool, problems: [RequestProblem]
    ) async throws -> Self {
        let store = workflow.store
        return Self(
            file: file, missing: workflow.problems(file), clock: try await workflow.pausedClock(file),
            justSubmitted: justSubmitted && file.request.submittedOn != nil,
            events: try await store.events(of: file.request.id),
            deliveries: try await store.deliveries(of: file.request.id),
            rating: try await store.rating(requestID: file.request.id), problems: problems)
    }
}
