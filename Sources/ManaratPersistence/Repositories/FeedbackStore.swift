import Foundation
import ManaratDomain

/// What the complaint and suggestion pages read and write: the items with their references, the
/// staff who handle them and the files they come from, the public form's count of posts, and
/// the message that tells a person their item was closed. `DatabaseFeedbackStore` (in the app,
/// because the messages are written by its notifier) keeps them in the database; the service
/// tests keep them in memory.
public protocol FeedbackStore: Sendable {
    /// The item `id`.
    func find(id: UUID) async throws -> FeedbackRecord?
    /// The items not closed yet, by due day, at most 200.
    func openItems() async throws -> [FeedbackRecord]
    /// The next free reference for an item of `kind` received on `day`: "C-…" or "S-…".
    func nextReference(kind: FeedbackKind, on day: GregorianDay) async throws -> String
    /// Stores a new item.
    func insert(_ record: FeedbackRecord) async throws
    /// Stores the changes to an item.
    func save(_ record: FeedbackRecord) async throws
    /// One staff member, active or not.
    func staffMember(id: UUID) async throws -> StaffMember?
    /// Every staff member, active or not.
    func staffMembers() async throws -> [StaffMember]
    /// One beneficiary's file.
    func beneficiary(id: UUID) async throws -> Beneficiary?
    /// The file `identity` names, if any.
    func beneficiaryID(identity: IdentityNumber) async throws -> UUID?
    /// The branch of each of these beneficiaries that has one.
    func branches(ofBeneficiaries ids: Set<UUID>) async throws -> [UUID: UUID]
    /// Counts one post for `key` at `now` and says whether it is within `limit` posts per
    /// `window` seconds. Called in the change's write transaction, so the count commits with the
    /// item it let in.
    func hit(_ key: String, limit: Int, window: TimeInterval, at now: Date) async throws -> Bool
    /// Tells `beneficiary`, in the portal and on their channel, that `record` was closed.
    func notifyClosed(_ record: FeedbackRecord, to beneficiary: Beneficiary) async throws
    /// Texts `mobile`, in Arabic, that `record` was closed: the number an anonymous complainant left.
    func textClosed(_ record: FeedbackRecord, to mobile: String) async throws
}
