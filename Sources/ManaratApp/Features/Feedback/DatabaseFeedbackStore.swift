import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

/// The feedback store in the database: the feedback, staff, beneficiary, branch and rate-limit
/// repositories and the notifier over one connection (the audited transaction's, for a write).
/// It lives in the app because the closing messages are written by the app's `Notifier`.
struct DatabaseFeedbackStore: FeedbackStore {
    /// The connection, or the write transaction of the change.
    let database: any Database
    /// The notification settings and time zone.
    let configuration: AppConfiguration
    /// The moment of the change, which the messages are stamped with.
    let now: Date

    func find(id: UUID) async throws -> FeedbackRecord? {
        try await FeedbackRepository(database: database).find(id: id)
    }

    func openItems() async throws -> [FeedbackRecord] {
        try await FeedbackRepository(database: database).list(openOnly: true)
    }

    func nextReference(kind: FeedbackKind, on day: GregorianDay) async throws -> String {
        try await FeedbackRepository(database: database).nextReference(kind: kind, on: day)
    }

    func insert(_ record: FeedbackRecord) async throws {
        try await FeedbackRepository(database: database).insert(record)
    }

    func save(_ record: FeedbackRecord) async throws {
        try await FeedbackRepository(database: database).save(record)
    }

    func staffMember(id: UUID) async throws -> StaffMember? {
        try await StaffRepository(database: database).find(id: id)
    }

    func staffMembers() async throws -> [StaffMember] {
        try await StaffRepository(database: database).all()
    }

    func beneficiary(id: UUID) async throws -> Beneficiary? {
        try await BeneficiaryRepository(database: database).find(id: id)
    }

    func beneficiaryID(identity: IdentityNumber) async throws -> UUID? {
        try await BeneficiaryRepository(database: database).find(identity: identity)
    }

    func branches(ofBeneficiaries ids: Set<UUID>) async throws -> [UUID: UUID] {
        try await RecordBranchRepository(database: database).branches(ofBeneficiaries: ids)
    }

    /// Counts in the write transaction `database` must be (see `FeedbackStore.hit`).
    func hit(_ key: String, limit: Int, window: TimeInterval, at now: Date) async throws -> Bool {
        try await RateLimitRepository(database: database).hitInTransaction(key, limit: limit, window: window, at: now)
    }

    func notifyClosed(_ record: FeedbackRecord, to beneficiary: Beneficiary) async throws {
        try await notifier.notify(
            beneficiary, of: .feedbackClosed,
            .init(reference: record.reference, link: PortalURL.feedbackItem(record.id).path, relatedID: record.id))
    }

    func textClosed(_ record: FeedbackRecord, to mobile: String) async throws {
        try await notifier.notifyMobile(
            mobile, language: .arabic, of: .feedbackClosed,
            .init(reference: record.reference, link: PublicURL.feedback.path, relatedID: record.id))
    }

    /// The notifier on this store's connection.
    private var notifier: Notifier {
        Notifier(database: database, settings: configuration.notifications, timeZone: configuration.timeZone, now: now)
    }
}
