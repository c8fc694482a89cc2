import Foundation
import ManaratDomain
import ManaratPersistence

/// `FeedbackStore` in memory, for service tests that need no database. References and the count
/// of posts work as the database's do; the closing messages are recorded for tests to assert.
public actor InMemoryFeedbackStore: FeedbackStore {
    /// The items, by id.
    public private(set) var items: [UUID: FeedbackRecord] = [:]
    /// The beneficiaries told that an item was closed, in order.
    public private(set) var notifiedBeneficiaries: [UUID] = []
    /// The mobiles texted that an item was closed, in order.
    public private(set) var textedMobiles: [String] = []
    /// The posts counted per key: when the window started and how many since.
    private var hits: [String: (windowStart: Date, count: Int)] = [:]
    /// The last reference number given, shared by both kinds as the database's counter is.
    private var lastReference = 0
    private let staff: [StaffMember]
    private let files: [Beneficiary]

    /// A store holding `items`, that knows `staff` and the beneficiaries' `files`.
    public init(items: [FeedbackRecord] = [], staff: [StaffMember] = [], files: [Beneficiary] = []) {
        for item in items { self.items[item.id] = item }
        self.staff = staff
        self.files = files
    }

    public func find(id: UUID) async throws -> FeedbackRecord? { items[id] }

    public func openItems() async throws -> [FeedbackRecord] {
        Array(items.values.filter { $0.status != .closed }.sorted { $0.dueOn < $1.dueOn }.prefix(200))
    }

    public func nextReference(kind: FeedbackKind, on day: GregorianDay) async throws -> String {
        lastReference += 1
        return (kind == .complaint ? "C-" : "S-") + "\(UmmAlQura.hijri(from: day).day.year)-"
            + String(format: "%06d", lastReference)
    }

    public func insert(_ record: FeedbackRecord) async throws { items[record.id] = record }

    public func save(_ record: FeedbackRecord) async throws { items[record.id] = record }

    public func staffMember(id: UUID) async throws -> StaffMember? { staff.first { $0.id == id } }

    public func staffMembers() async throws -> [StaffMember] { staff }

    public func beneficiary(id: UUID) async throws -> Beneficiary? { files.first { $0.id == id } }

    public func beneficiaryID(identity: IdentityNumber) async throws -> UUID? {
        files.first { $0.identity == identity }?.id
    }

    public func branches(ofBeneficiaries ids: Set<UUID>) async throws -> [UUID: UUID] {
        var branches: [UUID: UUID] = [:]
        for file in files where ids.contains(file.id) { branches[file.id] = file.branchID }
        return branches
    }

    public func hit(_ key: String, limit: Int, window: TimeInterval, at now: Date) async throws -> Bool {
        // As the database's one statement: a window that has passed starts again at this post.
        var counted = hits[key] ?? (windowStart: now, count: 0)
        if counted.windowStart <= now.addingTimeInterval(-window) { counted = (windowStart: now, count: 0) }
        counted.count += 1
        hits[key] = counted
        return counted.count <= limit
    }

    public func notifyClosed(_ record: FeedbackRecord, to beneficiary: Beneficiary) async throws {
        notifiedBeneficiaries.append(beneficiary.id)
    }

    public func textClosed(_ record: FeedbackRecord, to mobile: String) async throws {
        textedMobiles.append(mobile)
    }
}
