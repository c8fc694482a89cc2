import Foundation
import ManaratDomain
import ManaratPersistence

/// Recording contacts and closing follow-ups, given the store, the clock and the time zone, and
/// with each call the party, the ids and the recording staff member; it holds no request.
struct ContactService: Sendable {
    let store: any ContactStore
    let clock: WallClock
    let timeZone: TimeZone

    /// What is wrong with `draft` beyond the form: a referral to someone who is not an active
    /// researcher, a branch that is not an active one.
    func problems(of draft: ContactDraft) async throws -> [ContactProblem] {
        var problems: [ContactProblem] = []
        if let id = draft.referTo {
            let researcher = try await store.staffMember(id: id)
            if researcher.map({ !$0.isActive || !$0.roles.contains(.researcher) }) ?? true {
                problems.append(.researcherUnknown)
            }
        }
        if case .chosen(let id) = draft.branch, try await store.branch(id: id)?.isActive != true {
            problems.append(.branchInvalid)
        }
        return problems
    }

    /// The contact `draft` records with `party`, by `recorder`, now: at the branch chosen, else
    /// the recorder's own; a referred question is followed up today unless a day was given.
    func contact(
        _ draft: ContactDraft, id: UUID, party: (kind: PartyKind, id: UUID), recorder: StaffMember?
    ) -> Contact {
        let now = clock.now()
        let branchID: UUID?
        switch draft.branch {
        case .recorder: branchID = recorder?.branchID
        case .none: branchID = nil
        case .chosen(let id): branchID = id
        }
        var contact = Contact(
            id: id, partyKind: party.kind, partyID: party.id, channel: draft.channel, direction: draft.direction,
            branchID: branchID, staffID: recorder?.id, summary: draft.summary,
            followUpOn: draft.followUpOn ?? draft.referTo.map { _ in GregorianDay(now, timeZone: timeZone) },
            followUpDone: false, occurredAt: now)
        contact.referredTo = draft.referTo
        return contact
    }

    /// Saves `contact`.
    func record(_ contact: Contact) async throws {
        try await store.add(contact)
    }

    /// Closes the follow-up of contact `id`.
    func markDone(_ id: UUID) async throws {
        try await store.markFollowUpDone(id: id)
    }
}
