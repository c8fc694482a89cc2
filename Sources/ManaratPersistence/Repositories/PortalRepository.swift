import Crypto
import Fluent
import Foundation
import ManaratDomain

/// A message the system sent (or, in development, only recorded): one-time codes and notices.
public struct SentMessage: Sendable, Equatable {
    /// Who it is for.
    public var recipientKind: String
    /// The recipient's record.
    public var recipientID: UUID?
    /// The channel, such as "sms".
    public var channel: String
    /// The address (a phone number or e-mail).
    public var address: String
    /// The text.
    public var body: String
    /// When.
    public var createdAt: Date

    /// Creates a value.
    public init(recipientKind: String, recipientID: UUID?, channel: String, address: String, body: String, createdAt: Date) {
        self.recipientKind = recipientKind
        self.recipientID = recipientID
        self.channel = channel
        self.address = address
        self.body = body
        self.createdAt = createdAt
    }
}

/// A beneficiary's rating of a delivered service.
public struct ServiceRating: Sendable, Equatable {
    /// 1 to 5.
    public var score: Int
    /// Free comment.
    public var comment: String
    /// When.
    public var createdAt: Date
}

/// A data-subject request under the PDPL: access, correction or deletion.
public struct DataSubjectRequest: Sendable, Equatable, Identifiable {
    /// Its identifier.
    public var id: UUID
    /// The beneficiary.
    public var beneficiaryID: UUID
    /// "access", "correction" or "deletion".
    public var kind: String
    /// What the beneficiary asked.
    public var details: String
    /// "open" or "answered".
    public var status: String
    /// The day the 30-day answer is due.
    public var dueOn: GregorianDay
    /// The answer given.
    public var answer: String
    /// When it was made.
    public var createdAt: Date
    /// Why its period was extended; empty when it was not.
    public var extensionReason: String
    /// When its period was extended, if it was.
    public var extendedAt: Date?
}

/// One-time codes, the message log, ratings and data-subject requests.
public struct PortalRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    // MARK: One-time codes

    /// Stores a new code (only its keyed hash) and returns the row's id. `identityKey` is the
    /// keyed hash of the identity it was asked for (`DataProtection.index`), never the number.
    public func storeCode(identityKey: String, beneficiaryID: UUID?, codeHash: String, at now: Date, validFor: TimeInterval, id: UUID = UUID()) async throws -> UUID {
        let row = PortalCodeModel()
        row.id = id
        row.identityNumber = identityKey
        row.beneficiaryID = beneficiaryID
        row.codeHash = codeHash
        row.createdAt = now
        row.expiresAt = now.addingTimeInterval(validFor)
        row.attempts = 0
        try await row.create(on: database)
        return row.id!
    }

    /// The code row, if any.
    public func code(id: UUID) async throws -> (identityKey: String, beneficiaryID: UUID?, codeHash: String, expiresAt: Date, attempts: Int, consumed: Bool)? {
        guard let row = try await PortalCodeModel.find(id, on: database) else { return nil }
        return (row.identityNumber, row.beneficiaryID, row.codeHash, row.expiresAt, row.attempts, row.consumedAt != nil)
    }

    /// Counts one more wrong try.
    public func recordWrongAttempt(id: UUID) async throws -> Int {
        guard let row = try await PortalCodeModel.find(id, on: database) else { return 0 }
        row.attempts += 1
        try await row.update(on: database)
        return row.attempts
    }

    /// Marks a code used, so it cannot be used twice.
    public func consume(id: UUID, at now: Date) async throws {
        try await PortalCodeModel.query(on: database).filter(\.$id == id).set(\.$consumedAt, to: now).update()
    }

    // MARK: Messages

    /// Records a message.
    public func record(_ message: SentMessage) async throws {
        let row = MessageModel()
        row.id = UUID()
        row.recipientKind = message.recipientKind
        row.recipientID = message.recipientID
        row.channel = message.channel
        row.address = message.address
        row.body = message.body
        row.status = "recorded"
        row.createdAt = message.createdAt
        try await row.create(on: database)
    }

    /// The latest messages, newest first.
    public func messages(limit: Int = 100) async throws -> [SentMessage] {
        try await MessageModel.query(on: database).sort(\.$createdAt, .descending).limit(limit).all().map {
            SentMessage(recipientKind: $0.recipientKind, recipientID: $0.recipientID, channel: $0.channel, address: $0.address, body: $0.body, createdAt: $0.createdAt)
        }
    }

    // MARK: Ratings

    /// Records a rating; a request is rated once.
    public func rate(requestID: UUID, beneficiaryID: UUID, score: Int, comment: String, at now: Date) async throws -> Bool {
        guard try await ServiceRatingModel.query(on: database).filter(\.$requestID == requestID).count() == 0 else { return false }
        let row = ServiceRatingModel()
        row.id = UUID()
        row.requestID = requestID
        row.beneficiaryID = beneficiaryID
        row.score = score
        row.comment = comment
        row.createdAt = now
        try await row.create(on: database)
        return true
    }

    /// The rating of a request, if given.
    public func rating(requestID: UUID) async throws -> ServiceRating? {
        try await ServiceRatingModel.query(on: database).filter(\.$requestID == requestID).first().map { ServiceRating(score: $0.score, comment: $0.comment, createdAt: $0.createdAt) }
    }

    // MARK: Data-subject requests

    /// Records a data-subject request, due in 30 days.
    public func addDataRequest(beneficiaryID: UUID, kind: String, details: String, dueOn: GregorianDay, at now: Date) async throws {
        let row = DataRequestModel()
        row.id = UUID()
        row.beneficiaryID = beneficiaryID
        row.kind = kind
        row.details = details
        row.status = "open"
        row.dueOn = dueOn.description
        row.answer = ""
        row.createdAt = now
        row.extensionReason = ""
        try await row.create(on: database)
    }

    /// A beneficiary's data-subject requests, or everyone's open ones when `beneficiaryID` is nil.
    public func dataRequests(beneficiaryID: UUID?) async throws -> [DataSubjectRequest] {
        var query = DataRequestModel.query(on: database)
        if let beneficiaryID { query = query.filter(\.$beneficiaryID == beneficiaryID) } else { query = query.filter(\.$status == "open") }
        return try await query.sort(\.$dueOn).all().map {
            Self.dataRequest(from: $0)
        }
    }

    /// One data-subject request.
    public func dataRequest(id: UUID) async throws -> DataSubjectRequest? {
        try await DataRequestModel.find(id, on: database).map(Self.dataRequest(from:))
    }

    /// Extends an open request's period to `dueOn` for `reason`; false when it is no longer open
    /// or was extended already (checked again here, inside the write).
    public func extendDataRequest(id: UUID, to dueOn: GregorianDay, reason: String, at now: Date) async throws -> Bool {
        guard let row = try await DataRequestModel.query(on: database).filter(\.$id == id).filter(\.$status == "open").filter(\.$extendedAt == nil).first() else { return false }
        row.dueOn = dueOn.description
        row.extensionReason = reason
        row.extendedAt = now
        try await row.update(on: database)
        return true
    }

    private static func dataRequest(from row: DataRequestModel) -> DataSubjectRequest {
        DataSubjectRequest(id: row.id!, beneficiaryID: row.beneficiaryID, kind: row.kind, details: row.details, status: row.status, dueOn: GregorianDay(iso: row.dueOn) ?? GregorianDay(julianDayNumber: 0), answer: row.answer, createdAt: row.createdAt, extensionReason: row.extensionReason, extendedAt: row.extendedAt)
    }

    /// Answers a data-subject request.
    public func answerDataRequest(id: UUID, answer: String, at now: Date) async throws -> Bool {
        guard let row = try await DataRequestModel.query(on: database).filter(\.$id == id).filter(\.$status == "open").first() else { return false }
        row.status = "answered"
        row.answer = answer
        row.answeredAt = now
        try await row.update(on: database)
        return true
    }

    /// Withdraws the beneficiary's consent to processing.
    public func withdrawConsent(beneficiaryID: UUID, at now: Date) async throws {
        try await ConsentModel.query(on: database).filter(\.$beneficiaryID == beneficiaryID).filter(\.$withdrawnAt == nil).set(\.$withdrawnAt, to: now).update()
    }
}

/// A row of `portal_codes`.
public final class PortalCodeModel: Model, @unchecked Sendable {
    public static let schema = "portal_codes"
    @ID(key: .id) public var id: UUID?
    @Field(key: "identity_number") public var identityNumber: String
    @OptionalField(key: "beneficiary_id") public var beneficiaryID: UUID?
    @Field(key: "code_hash") public var codeHash: String
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "expires_at") public var expiresAt: Date
    @Field(key: "attempts") public var attempts: Int
    @OptionalField(key: "consumed_at") public var consumedAt: Date?
    public init() {}
}

/// A row of `messages`.
public final class MessageModel: Model, @unchecked Sendable {
    public static let schema = "messages"
    @ID(key: .id) public var id: UUID?
    @Field(key: "recipient_kind") public var recipientKind: String
    @OptionalField(key: "recipient_id") public var recipientID: UUID?
    @Field(key: "channel") public var channel: String
    @Field(key: "address") public var address: String
    @Field(key: "body") public var body: String
    @Field(key: "status") public var status: String
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}

/// A row of `service_ratings`.
public final class ServiceRatingModel: Model, @unchecked Sendable {
    public static let schema = "service_ratings"
    @ID(key: .id) public var id: UUID?
    @Field(key: "request_id") public var requestID: UUID
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "score") public var score: Int
    @Field(key: "comment") public var comment: String
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}

/// A row of `data_requests`.
public final class DataRequestModel: Model, @unchecked Sendable {
    public static let schema = "data_requests"
    @ID(key: .id) public var id: UUID?
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "kind") public var kind: String
    @Field(key: "details") public var details: String
    @Field(key: "status") public var status: String
    @Field(key: "due_on") public var dueOn: String
    @Field(key: "answer") public var answer: String
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "answered_at") public var answeredAt: Date?
    @Field(key: "extension_reason") public var extensionReason: String
    @OptionalField(key: "extended_at") public var extendedAt: Date?
    public init() {}
}
