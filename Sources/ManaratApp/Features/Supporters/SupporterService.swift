import Foundation
import ManaratDomain
import ManaratPersistence

/// What the supporter pages and the public contact form do, given the store, the clock, the ids
/// and the association's time zone; it holds no request.
struct SupporterService: Sendable {
    let store: any SupporterStore
    let clock: WallClock
    let ids: IDGenerator
    let timeZone: TimeZone

    /// How many days after a message from the contact page it is due for follow-up.
    static let contactFollowUpDays = 2

    /// Today in the association's time zone.
    var today: GregorianDay { GregorianDay(clock.now(), timeZone: timeZone) }

    /// Saves `draft` as the supporter `id`, new or changed.
    func save(_ draft: SupporterDraft, as id: UUID) async throws {
        try await store.save(draft.supporter(id: id), at: clock.now())
    }

    /// The gift `form` records from supporter `supporterID`, with a new id, or every problem.
    func entry(_ form: SupportEntryForm, from supporterID: UUID) -> Result<SupportEntry, SupporterProblems> {
        form.parsed(as: ids.next(), from: supporterID, today: today)
    }

    /// Records `entry`.
    func add(_ entry: SupportEntry) async throws {
        try await store.addEntry(entry, at: clock.now())
    }

    /// Records the message from the public contact page: `draft`'s supporter as `supporterID`, and
    /// the message as an incoming website contact that no one has taken yet, due for follow-up
    /// two days from today.
    func receive(_ draft: ContactUsDraft, as supporterID: UUID) async throws {
        let now = clock.now()
        let contact = Contact(
            id: ids.next(), partyKind: .supporter, partyID: supporterID, channel: .website, direction: .incoming,
            branchID: nil, staffID: nil, summary: String(draft.message.prefix(ContactUsForm.messageLimit)),
            followUpOn: GregorianDay(now, timeZone: timeZone).adding(days: Self.contactFollowUpDays),
            followUpDone: false, occurredAt: now)
        try await store.save(draft.supporter.supporter(id: supporterID), at: now)
        try await store.add(contact)
    }
}
