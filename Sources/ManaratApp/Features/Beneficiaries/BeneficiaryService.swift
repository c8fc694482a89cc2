import Foundation
import ManaratDomain
import ManaratPersistence

/// Registering and editing beneficiaries and deciding possible duplicates, given the store and
/// the clock; it holds no request.
struct BeneficiaryService: Sendable {
    let store: any BeneficiaryStore
    let clock: WallClock

    /// A new beneficiary as sent: its draft, or every problem with it, consent not given and an
    /// identity registered already included.
    func checkNew(
        _ form: BeneficiaryForm, categories: [BeneficiaryCategory], branches: [Branch], today: GregorianDay
    ) async throws -> Result<BeneficiaryDraft, BeneficiaryProblems> {
        var (draft, problems) = form.parsed(categories: categories, branches: branches, today: today)
        if form.consent != "on" { problems.append(.consentMissing) }
        if let identity = draft?.identity, let existing = try await store.find(identity: identity) {
            problems.append(.identityTaken(existing: existing))
        }
        guard problems.isEmpty, let draft else { return .failure(BeneficiaryProblems(problems: problems)) }
        return .success(draft)
    }

    /// Who `draft` might be, highest score first.
    func duplicates(of draft: BeneficiaryDraft) async throws -> [PossibleDuplicate] {
        try await store.duplicates(of: draft.fingerprint, excluding: nil)
    }

    /// Whether the employee still has to look at `duplicates` before the file is saved: they must
    /// tick that they reviewed exactly those shown and that this is someone else.
    static func needsReview(_ duplicates: [PossibleDuplicate], form: BeneficiaryForm) -> Bool {
        !duplicates.isEmpty
            && (form.duplicatesReviewed != "on" || !Set(duplicates.map(\.summary.id)).isSubset(of: form.reviewed))
    }

    /// Registers `draft` as `id` with consent given through `channel` before `staffID`, and records
    /// that it is none of `duplicates`; returns the new file.
    @discardableResult
    func register(
        _ draft: BeneficiaryDraft, id: UUID, consentThrough channel: ContactChannel,
        notDuplicateOf duplicates: [PossibleDuplicate], by staffID: UUID?
    ) async throws -> Beneficiary {
        let now = clock.now()
        let beneficiary = draft.beneficiary(id: id, fileNumber: try await store.nextFileNumber(), version: 1)
        let consent = ConsentRecord(
            noticeVersion: PrivacyNotice.currentVersion, channel: channel, staffID: staffID, givenAt: now)
        try await store.create(beneficiary, consent: consent, at: now)
        for duplicate in duplicates {
            try await store.recordDuplicateDecision(
                beneficiaryID: id, otherID: duplicate.summary.id, isDuplicate: false, score: duplicate.match.score,
                decidedBy: staffID, at: now)
        }
        return beneficiary
    }

    /// Saves `draft` over `existing` as read at `version`; staff who may not read health
    /// conditions keep the stored ones. Returns the names of the fields changed.
    @discardableResult
    func update(_ existing: Beneficiary, with draft: BeneficiaryDraft, readAt version: Int, mayEditSensitive: Bool)
        async throws -> [String]
    {
        var draft = draft
        if !mayEditSensitive { draft.healthConditions = existing.healthConditions }
        let updated = draft.beneficiary(id: existing.id, fileNumber: existing.fileNumber, version: version)
        try await store.update(updated, at: clock.now())
        return Self.changedFields(existing, updated)
    }

    /// The names of the fields `draft` changes on `existing`, for the audit summary; values are not logged.
    static func changes(_ existing: Beneficiary, _ draft: BeneficiaryDraft, mayEditSensitive: Bool) -> [String] {
        var draft = draft
        if !mayEditSensitive { draft.healthConditions = existing.healthConditions }
        return changedFields(
            existing, draft.beneficiary(id: existing.id, fileNumber: existing.fileNumber, version: existing.version))
    }

    /// Records the employee's decision on whether `other` is the same person as `beneficiary`;
    /// returns how alike the two were found.
    @discardableResult
    func decideDuplicate(_ beneficiary: Beneficiary, _ other: Beneficiary, samePerson: Bool, by staffID: UUID?)
        async throws -> Int
    {
        let score = Self.score(beneficiary, other)
        try await store.recordDuplicateDecision(
            beneficiaryID: beneficiary.id, otherID: other.id, isDuplicate: samePerson, score: score,
            decidedBy: staffID, at: clock.now())
        return score
    }

    /// How alike two files are, 0 when not at all.
    static func score(_ one: Beneficiary, _ other: Beneficiary) -> Int {
        DuplicateCheck.match(
            one.fingerprint,
            against: other.fingerprint
        )?.score ?? 0
    }

    /// The names of the fields that differ, for the audit summary; values are not logged.
    static func changedFields(_ before: Beneficiary, _ after: Beneficiary) -> [String] {
        var fields: [String] = []
        if before.name != after.name { fields.append("name") }
        if before.latinName != after.latinName { fields.append("latinName") }
        if before.identity != after.identity { fields.append("identity") }
        if before.identityExpiresOn != after.identityExpiresOn { fields.append("identityExpiresOn") }
        if before.nationality != after.nationality { fields.append("nationality") }
        if before.gender != after.gender { fields.append("gender") }
        if before.bornOn != after.bornOn { fields.append("bornOn") }
        if before.maritalStatus != after.maritalStatus { fields.append("maritalStatus") }
        if before.phones != after.phones { fields.append("phones") }
        if (before.city, before.district, before.address, before.nationalAddressCode) != (
            after.city, after.district, after.address, after.nationalAddressCode
        ) {
            fields.append("address")
        }
        if before.incomeSources != after.incomeSources { fields.append("incomeSources") }
        if before.healthConditions != after.healthConditions { fields.append("healthConditions") }
        if (before.preferredLanguage, before.preferredChannel) != (after.preferredLanguage, after.preferredChannel) {
            fields.append("preferences")
        }
        if before.branchID != after.branchID { fields.append("branch") }
        if before.categoryIDs != after.categoryIDs { fields.append("categories") }
        return fields
    }
}
