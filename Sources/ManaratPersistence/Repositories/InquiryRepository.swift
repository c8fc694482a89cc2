import Fluent
import Foundation
import ManaratDomain

/// Reads and writes inquiries.
public struct InquiryRepository: Sendable {
    let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// A new reference, "Q-1448-000001".
    public func nextReference(on day: GregorianDay) async throws -> String {
        let number = try await Counters(database: database).next("inquiry_reference")
        return "Q-\(UmmAlQura.hijri(from: day).day.year)-" + String(format: "%06d", number)
    }

    /// Stores a new inquiry.
    public func create(_ inquiry: Inquiry) async throws {
        let row = InquiryModel()
        row.id = inquiry.id
        Self.copy(inquiry, into: row)
        try await row.create(on: database)
    }

    /// Saves changes to an inquiry.
    public func update(_ inquiry: Inquiry) async throws {
        guard let row = try await InquiryModel.find(inquiry.id, on: database) else { return }
        Self.copy(inquiry, into: row)
        try await row.update(on: database)
    }

    /// The inquiry with this id.
    public func find(id: UUID) async throws -> Inquiry? {
        try await InquiryModel.find(id, on: database).map(Self.inquiry)
    }

    /// Open and referred inquiries by due day, or a beneficiary's, newest first.
    public func list(beneficiaryID: UUID? = nil, openOnly: Bool, limit: Int = 200) async throws -> [Inquiry] {
        var query = InquiryModel.query(on: database)
        if let beneficiaryID { query = query.filter(\.$beneficiaryID == beneficiaryID) }
        if openOnly {
            query = query.filter(\.$status != InquiryStatus.answered.rawValue).sort(\.$answerDueOn)
        } else {
            query = query.sort(\.$askedAt, .descending)
        }
        return try await query.limit(limit).all().map(Self.inquiry)
    }

    /// Records the asker's rating of the answer, once.
    public func rate(id: UUID, score: Int, comment: String) async throws -> Bool {
        guard let row = try await InquiryModel.find(id, on: database), row.rating == nil,
            row.status == InquiryStatus.answered.rawValue
        else { return false }
        row.rating = score
        row.ratingComment = comment
        try await row.update(on: database)
        return true
    }

    /// The rating given, if any.
    public func rating(id: UUID) async throws -> Int? {
        try await InquiryModel.find(id, on: database)?.rating
    }

    private static func copy(_ inquiry: Inquiry, into row: InquiryModel) {
        row.reference = inquiry.reference
        row.beneficiaryID = inquiry.beneficiaryID
        row.channel = inquiry.channel.rawValue
        row.category = inquiry.category.rawValue
        row.question = inquiry.question
        row.status = inquiry.status.rawValue
        row.referredTo = inquiry.referredTo
        row.assignedTo = inquiry.assignedTo
        row.answer = inquiry.answer
        row.answeredBy = inquiry.answeredBy
        row.answeredAt = inquiry.answeredAt
        row.answerDueOn = inquiry.answerDueOn.description
        row.askedAt = inquiry.askedAt
        row.articleID = inquiry.articleID
    }

    private static func inquiry(_ row: InquiryModel) -> Inquiry {
        var inquiry = Inquiry(
            id: row.id!, reference: row.reference, beneficiaryID: row.beneficiaryID,
            channel: ContactChannel(rawValue: row.channel) ?? .website,
            category: InquiryCategory(rawValue: row.category) ?? .other, question: row.question,
            status: InquiryStatus(rawValue: row.status) ?? .open, referredTo: row.referredTo, answer: row.answer,
            answeredBy: row.answeredBy, answeredAt: row.answeredAt,
            answerDueOn: GregorianDay(iso: row.answerDueOn) ?? GregorianDay(julianDayNumber: 0), askedAt: row.askedAt)
        inquiry.articleID = row.articleID
        inquiry.assignedTo = row.assignedTo
        return inquiry
    }
}
