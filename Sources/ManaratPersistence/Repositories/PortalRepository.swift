import Crypto
import Fluent
import Foundation
import ManaratDomain

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
    public func storeCode(
        identityKey: String, beneficiaryID: UUID?, codeHash: String, at now: Date, validFor: TimeInterval,
        id: UUID? = nil
    ) async throws -> UUID {
        let row = PortalCodeModel()
        row.id = try id ?? database.ids.next()
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
    public func code(id: UUID) async throws -> (
        identityKey: String, beneficiaryID: UUID?, codeHash: String, expiresAt: Date, attempts: Int, consumed: Bool
    )? {
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
        row.id = try database.ids.next()
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
            SentMessage(
                recipientKind: $0.recipientKind, recipientID: $0.recipientID, channel: $0.channel, address: $0.address,
                body: $0.body, createdAt: $0.createdAt)
        }
    }

    // MARK: Ratings

    /// Records a rating; a request is rated once.
    public func rate(requestID: UUID, beneficiaryID: UUID, score: Int, comment: String, at now: Date) async throws
        -> Bool
    {
        guard try await ServiceRatingModel.query(on: database).filter(\.$requestID == requestID).count() == 0 else {
            return false
        }
        let row = ServiceRatingModel()
        row.id = try database.ids.next()
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
        try await ServiceRatingModel.query(on: database).filter(\.$requestID == requestID).first().map {
            ServiceRating(score: $0.score, comment: $0.comment, createdAt: $0.createdAt)
        }
    }

    // MARK: Data-subject requests

    /// Records a data-subject request, due in 30 days.
    public func addDataRequest(beneficiaryID: UUID, kind: String, details: String, dueOn: GregorianDay, at now: Date)
        async throws
    {
        let row = DataRequestModel()
        row.id = try database.ids.next()
        row.beneficiaryID = beneficiaryID
        row.kind = kind
        row.details = details
        row.status = DataRequestStatus.open.rawValue
        row.dueOn = dueOn.description
        row.answer = ""
        row.createdAt = now
        row.extensionReason = ""
        try await row.create(on: database)
    }

    /// A beneficiary's data-subject requests, or everyone's open ones when `beneficiaryID` is nil.
    public func dataRequests(beneficiaryID: UUID?) async throws -> [DataSubjectRequest] {
        var query = DataRequestModel.query(on: database)
        if let beneficiaryID {
            query = query.filter(\.$beneficiaryID == beneficiaryID)
        } else {
            query = query.filter(\.$status == DataRequestStatus.open.rawValue)
        }
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
        guard
            let row = try await DataRequestModel.query(on: database).filter(\.$id == id).filter(
                \.$status == DataRequestStatus.open.rawValue
            ).filter(\.$extendedAt == nil).first()
        else { return false }
        row.dueOn = dueOn.description
        row.extensionReason = reason
        row.extendedAt = now
        try await row.update(on: database)
        return true
    }

    private static func dataRequest(from row: DataRequestModel) -> DataSubjectRequest {
        DataSubjectRequest(
            id: row.id!, beneficiaryID: row.beneficiaryID, kind: row.kind, details: row.details,
            status: DataRequestStatus(rawValue: row.status) ?? .open,
            dueOn: GregorianDay(iso: row.dueOn) ?? GregorianDay(julianDayNumber: 0), answer: row.answer,
            createdAt: row.createdAt, extensionReason: row.extensionReason, extendedAt: row.extendedAt)
    }

    /// Answers a data-subject request.
    public func answerDataRequest(id: UUID, answer: String, at now: Date) async throws -> Bool {
        guard
            let row = try await DataRequestModel.query(on: database).filter(\.$id == id).filter(
                \.$status == DataRequestStatus.open.rawValue
            ).first()
        else { return false }
        row.status = DataRequestStatus.answered.rawValue
        row.answer = answer
        row.answeredAt = now
        try await row.update(on: database)
        return true
    }

    /// Withdraws the beneficiary's consent to processing.
    public func withdrawConsent(beneficiaryID: UUID, at now: Date) async throws {
        try await ConsentModel.query(on: database).filter(\.$beneficiaryID == beneficiaryID).filter(
            \.$withdrawnAt == nil
        ).set(\.$withdrawnAt, to: now).update()
    }
}
