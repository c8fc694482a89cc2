import ManaratDomain
import ManaratPersistence

extension FeedbackCasePage.Model {
    /// The page for `item`, with the active handlers and the file it came from in `store`, and
    /// `problems`.
    static func query(_ store: any FeedbackStore, item: FeedbackRecord, problems: [FeedbackProblem] = [])
        async throws -> Self
    {
        let handlers = try await store.staffMembers().filter {
            $0.isActive && !$0.roles.isDisjoint(with: FeedbackController.handlers)
        }
        var complainant: Complainant?
        if let beneficiaryID = item.beneficiaryID, let person = try await store.beneficiary(id: beneficiaryID) {
            complainant = Complainant(id: person.id, name: person.name.full)
        }
        return Self(item: item, handlers: handlers, complainant: complainant, problems: problems)
    }
}
