import Foundation
import ManaratDomain
import ManaratPersistence

/// `InquiryStore` in memory, for service tests that need no database.
public actor InMemoryInquiryStore: InquiryStore {
    /// The inquiries, by id.
    public private(set) var inquiries: [UUID: Inquiry] = [:]
    /// The attachments and their bytes, by inquiry.
    public private(set) var attachments: [UUID: (InquiryAttachment, [UInt8])] = [:]
    /// The ratings, by inquiry.
    public private(set) var ratings: [UUID: Int] = [:]
    /// The requests made from questions.
    public private(set) var requests: [SupportRequest] = []
    /// The askers told of an answer: who, about which inquiry.
    public private(set) var told: [(beneficiaryID: UUID, inquiryID: UUID)] = []
    private let staff: [UUID: StaffMember]
    private let askers: [UUID: Beneficiary]
    private let types: [UUID: RequestType]
    private let publicArticles: Set<UUID>
    private var references = 0

    /// A store that knows `staff`, `askers`, request `types` and the `publicArticles`.
    public init(
        staff: [StaffMember] = [], askers: [Beneficiary] = [], types: [RequestType] = [], publicArticles: Set<UUID> = []
    ) {
        self.staff = Dictionary(uniqueKeysWithValues: staff.map { ($0.id, $0) })
        self.askers = Dictionary(uniqueKeysWithValues: askers.map { ($0.id, $0) })
        self.types = Dictionary(uniqueKeysWithValues: types.map { ($0.id, $0) })
        self.publicArticles = publicArticles
    }

    public func find(id: UUID) async throws -> Inquiry? { inquiries[id] }

    public func list(openOnly: Bool) async throws -> [Inquiry] {
        inquiries.values.filter { !openOnly || $0.status != .answered }.sorted { $0.answerDueOn < $1.answerDueOn }
    }

    public func create(
        _ inquiry: Inquiry, on day: GregorianDay, attachment: InquiryAttachment?, bytes: [UInt8]?, at now: Date
    ) async throws -> Inquiry {
        references += 1
        var stored = inquiry
        stored.reference = "Q-\(day.year)-" + String(format: "%05d", references)
        inquiries[stored.id] = stored
        if let attachment, let bytes { attachments[stored.id] = (attachment, bytes) }
        return stored
    }

    public func update(_ inquiry: Inquiry) async throws { inquiries[inquiry.id] = inquiry }

    public func rate(id: UUID, score: Int, comment: String) async throws -> Bool {
        guard ratings[id] == nil else { return false }
        ratings[id] = score
        return true
    }

    public func rating(id: UUID) async throws -> Int? { ratings[id] }

    public func attachment(of inquiryID: UUID) async throws -> InquiryAttachment? { attachments[inquiryID]?.0 }

    public func staffMember(id: UUID) async throws -> StaffMember? { staff[id] }

    public func beneficiary(id: UUID) async throws -> Beneficiary? { askers[id] }

    public func isPublicArticle(id: UUID) async throws -> Bool { publicArticles.contains(id) }

    public func requestType(id: UUID) async throws -> RequestType? { types[id] }

    public func answerWorkingDays() async throws -> Int { Inquiry.standardAnswerWorkingDays }

    public func workingCalendar() async throws -> WorkingCalendar { WorkingCalendar() }

    public func nextRequestReference(on day: GregorianDay) async throws -> String {
        "R-\(day.year)-" + String(format: "%06d", requests.count + 1)
    }

    public func createRequest(_ request: SupportRequest, by staff: StaffMember, at now: Date) async throws {
        requests.append(request)
    }

    public func tellAsker(_ asker: Beneficiary, answered: Inquiry, staffID: UUID?, staffBranch: UUID?) async throws {
        told.append((asker.id, answered.id))
    }
}
