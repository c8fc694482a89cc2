import Foundation
import ManaratDomain
import ManaratPersistence

/// Keeping the breach register, the retention schedule with its legal holds, and the answers to
/// data-subject requests, given the stores, the clock, the time zone and the ids; it holds no
/// request. A refusal people should read is thrown as `DataProtectionProblems`.
struct DataProtectionService: Sendable {
    let breaches: any BreachStore
    let retention: any RetentionStore
    let dataRequests: any DataRequestStore
    let clock: WallClock
    let timeZone: TimeZone

    /// Records `draft` as breach `id`, recorded by `staffID`; returns its reference.
    func record(_ draft: BreachDraft, as id: UUID, by staffID: UUID) async throws -> String {
        let now = clock.now()
        let record = BreachRecord(
            id: id, reference: "", title: draft.title, description: draft.description,
            discoveredAt: draft.discoveredAt, recordsAffected: draft.recordsAffected,
            peopleAffected: draft.peopleAffected, measures: draft.measures, regulatorNotifiedAt: nil,
            regulatorReference: "", subjectsNotifiedAt: nil, recordedBy: staffID, createdAt: now)
        return try await breaches.insert(record, on: GregorianDay(now, timeZone: timeZone))
    }

    /// Records the regulator's notice of breach `id` under `reference`, once.
    func regulatorNotified(_ id: UUID, reference: String) async throws {
        guard try await breaches.markRegulatorNotified(id: id, at: clock.now(), reference: reference) else {
            throw DataProtectionProblems(problems: [.alreadyRecorded])
        }
    }

    /// Records that the people affected by breach `id` were told, once.
    func subjectsNotified(_ id: UUID) async throws {
        guard try await breaches.markSubjectsNotified(id: id, at: clock.now()) else {
            throw DataProtectionProblems(problems: [.alreadyRecorded])
        }
    }

    /// Saves `schedule`.
    func save(_ schedule: RetentionSchedule) async throws {
        try await retention.save(schedule)
    }

    /// What changes from `before` to `after`, kind by kind, for the audit log.
    static func changes(from before: RetentionSchedule, to after: RetentionSchedule) -> [String] {
        RetentionKind.allCases.filter { before.period($0) != after.period($0) }.map {
            "\($0.rawValue) \(before.period($0)) → \(after.period($0))"
        }
    }

    /// The beneficiary a legal hold is placed on, and its reason, or every problem.
    func hold(_ form: LegalHoldForm) async throws -> (beneficiaryID: UUID, reason: String) {
        var problems: [DataProtectionProblem] = []
        let fileNumber = form.typedFileNumber
        let found = fileNumber.isEmpty ? nil : try await retention.beneficiaryID(fileNumber: fileNumber)
        if found == nil { problems.append(.beneficiaryNotFound) }
        let reason = form.typedReason
        if reason.isEmpty || reason.count > 500 { problems.append(.holdReasonMissing) }
        guard problems.isEmpty, let found else { throw DataProtectionProblems(problems: problems) }
        return (found, reason)
    }

    /// Places (a reason) or releases (empty) `beneficiaryID`'s legal hold.
    func setHold(_ beneficiaryID: UUID, reason: String) async throws {
        try await retention.setLegalHold(beneficiaryID: beneficiaryID, reason: reason)
    }

    /// Answers data-subject request `id`; `RecordNotFound` when there is no open one.
    func answer(_ id: UUID, with answer: String) async throws {
        guard try await dataRequests.answerDataRequest(id: id, answer: String(answer.prefix(4000)), at: clock.now())
        else { throw RecordNotFound() }
    }

    /// The new due day of request `item` extended for `reason`, or why it cannot be.
    func extendedDay(of item: DataSubjectRequest, reason: String) -> Result<GregorianDay, DataProtectionProblems> {
        switch DataSubjectClock.extend(
            dueOn: item.dueOn, isOpen: item.status == .open, alreadyExtended: item.extendedAt != nil, reason: reason)
        {
        case .success(let day): return .success(day)
        case .failure(.reasonMissing):
            return .failure(DataProtectionProblems(problems: [.extensionReasonMissing(requestID: item.id)]))
        case .failure(.alreadyExtended), .failure(.answered):
            return .failure(DataProtectionProblems(problems: [.extensionRefused]))
        }
    }

    /// Moves request `id`'s due day to `day` for `reason`, once.
    func extend(_ id: UUID, to day: GregorianDay, reason: String) async throws {
        guard
            try await dataRequests.extendDataRequest(
                id: id, to: day, reason: String(reason.prefix(1000)), at: clock.now())
        else { throw DataProtectionProblems(problems: [.extensionRefused]) }
    }
}
