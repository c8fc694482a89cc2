import Foundation
import ManaratDomain
import ManaratPersistence

/// What the complaint and suggestion pages do, given the store, the clock and the association's
/// time zone; it holds no request. The working-day calendar that sets due days is given to each
/// call that needs it, read by the caller from the instance's cache.
struct FeedbackService: Sendable {
    let store: any FeedbackStore
    let clock: WallClock
    let timeZone: TimeZone

    /// Today in the association's time zone.
    var today: GregorianDay { GregorianDay(clock.now(), timeZone: timeZone) }

    /// Counts a post from `key` and says whether it is within `limit` posts per `window` seconds.
    /// Called in the post's write transaction, so the count and the item are one write.
    func admitsPost(from key: String, limit: Int, window: TimeInterval) async throws -> Bool {
        try await store.hit(key, limit: limit, window: window, at: clock.now())
    }

    /// Saves `draft` as the new open item `id`, with the next reference of its kind and
    /// `FeedbackRules.workingDaysToClose` working days on `calendar` to close it.
    func submit(_ draft: FeedbackDraft, as id: UUID, calendar: WorkingCalendar) async throws {
        let now = clock.now()
        let today = GregorianDay(now, timeZone: timeZone)
        let record = FeedbackRecord(
            id: id, reference: try await store.nextReference(kind: draft.kind, on: today), kind: draft.kind,
            beneficiaryID: draft.beneficiaryID, contactName: draft.name, contactPhone: draft.phone,
            channel: draft.channel, text: draft.text, status: .open, assignedTo: nil, notes: "", response: "",
            action: nil, noActionReason: "",
            dueOn: calendar.adding(workingDays: FeedbackRules.workingDaysToClose, to: today), closedAt: nil,
            appeal: "", appeals: 0, createdAt: now)
        try await store.insert(record)
    }

    /// What staff recorded from `channel`, checked: the identity number typed is looked up, and
    /// one that names no file is refused next to its field with the form's other problems.
    func check(recorded form: FeedbackForm, channel: ContactChannel) async throws
        -> Result<FeedbackDraft, FeedbackProblems>
    {
        var beneficiaryID: UUID?
        if let typed = form.typedIdentity, let identity = FeedbackForm.identity(typed) {
            beneficiaryID = try await store.beneficiaryID(identity: identity)
        }
        return form.parsed(
            kind: .complaint, channel: channel, beneficiaryID: beneficiaryID,
            identityUnknown: form.typedIdentity != nil && beneficiaryID == nil)
    }

    /// The item `id`.
    func find(id: UUID) async throws -> FeedbackRecord? {
        try await store.find(id: id)
    }

    /// The active staff member `id`, whom an item may be assigned to; nil for anyone else.
    func assignee(id: UUID) async throws -> StaffMember? {
        guard let member = try await store.staffMember(id: id), member.isActive else { return nil }
        return member
    }

    /// `record` appealed with `text`: open again, with `FeedbackRules.workingDaysToClose` working
    /// days from today on `calendar`.
    func appealed(_ record: FeedbackRecord, text: String, calendar: WorkingCalendar) -> FeedbackRecord {
        var appealed = record
        appealed.appeal = text
        appealed.appeals += 1
        appealed.status = .open
        appealed.closedAt = nil
        appealed.dueOn = calendar.adding(workingDays: FeedbackRules.workingDaysToClose, to: today)
        return appealed
    }

    /// `record` assigned to `member` and in progress. Triage travels with the assignment: the
    /// subject and priority chosen replace the item's; one newly urgent is due by the next working
    /// day on `calendar`, or sooner if it already was.
    func assigned(
        _ record: FeedbackRecord, to member: StaffMember, category: FeedbackCategory?, priority: FeedbackPriority?,
        calendar: WorkingCalendar
    ) -> FeedbackRecord {
        var assigned = record
        assigned.assignedTo = member.id
        if assigned.status == .open { assigned.status = .inProgress }
        if let category { assigned.category = category }
        if let priority {
            if priority == .urgent, assigned.priority != .urgent {
                assigned.dueOn = min(assigned.dueOn, calendar.adding(workingDays: 1, to: today))
            }
            assigned.priority = priority
        }
        return assigned
    }

    /// `record` with `note` added under `heading` (when and by whom, as the page writes it), and in
    /// progress.
    func noted(_ record: FeedbackRecord, note: String, heading: String) -> FeedbackRecord {
        var noted = record
        noted.notes += (noted.notes.isEmpty ? "" : "\n\n") + "\(heading):\n\(note)"
        if noted.status == .open { noted.status = .inProgress }
        return noted
    }

    /// `record` closed now with `closing`.
    func closed(_ record: FeedbackRecord, with closing: FeedbackClosing) -> FeedbackRecord {
        var closed = record
        closed.response = closing.response
        closed.action = closing.action
        closed.noActionReason = closing.noActionReason
        closed.status = .closed
        closed.closedAt = clock.now()
        return closed
    }

    /// Saves the changes to an item.
    func save(_ record: FeedbackRecord) async throws {
        try await store.save(record)
    }

    /// Saves the closed `record`, and the person hears the outcome without asking: in the portal
    /// and on their channel, or by SMS to the number an anonymous complainant left.
    func close(_ record: FeedbackRecord) async throws {
        try await store.save(record)
        var person: Beneficiary?
        if let beneficiaryID = record.beneficiaryID { person = try await store.beneficiary(id: beneficiaryID) }
        if let person {
            try await store.notifyClosed(record, to: person)
        } else if !record.contactPhone.isEmpty {
            try await store.textClosed(record, to: record.contactPhone)
        }
    }
}
