import Fluent
import Foundation
import ManaratDomain

/// A row of `inquiries`.
public final class InquiryModel: Model, @unchecked Sendable {
    public static let schema = "inquiries"
    @ID(key: .id) public var id: UUID?
    @Field(key: "reference") public var reference: String
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "channel") public var channel: String
    @Field(key: "category") public var category: String
    @Field(key: "question") public var question: String
    @Field(key: "status") public var status: String
    @OptionalField(key: "referred_to") public var referredTo: UUID?
    @OptionalField(key: "assigned_to") public var assignedTo: UUID?
    @Field(key: "answer") public var answer: String
    @Field(key: "answered_by") public var answeredBy: String
    @OptionalField(key: "answered_at") public var answeredAt: Date?
    @Field(key: "answer_due_on") public var answerDueOn: String
    @Field(key: "asked_at") public var askedAt: Date
    @OptionalField(key: "rating") public var rating: Int?
    @OptionalField(key: "rating_comment") public var ratingComment: String?
    @OptionalField(key: "article_id") public var articleID: UUID?
    public init() {}
}
