import Foundation

/// A question from a beneficiary, received on any channel.
public struct Inquiry: Sendable, Equatable, Identifiable {
    /// The inquiry's identifier.
    public var id: UUID
    /// The reference given to the person, such as "Q-1448-000012".
    public var reference: String
    /// Who asked.
    public var beneficiaryID: UUID
    /// How it arrived.
    public var channel: ContactChannel
    /// What it is about.
    public var category: InquiryCategory
    /// The question.
    public var question: String
    /// Where it stands.
    public var status: InquiryStatus
    /// The researcher it was referred to, when the employee could not answer.
    public var referredTo: UUID?
    /// The employee the inquiry was assigned to, if any.
    public var assignedTo: UUID? = nil
    /// The answer.
    public var answer: String
    /// Who answered, and when.
    public var answeredBy: String
    /// When it was answered.
    public var answeredAt: Date?
    /// The day the first answer is due: two working days by default.
    public var answerDueOn: GregorianDay
    /// When it was asked.
    public var askedAt: Date
    /// A knowledge-base article the answer points to, if any.
    public var articleID: UUID? = nil

    /// Creates an inquiry.
    public init(
        id: UUID, reference: String, beneficiaryID: UUID, channel: ContactChannel, category: InquiryCategory,
        question: String, status: InquiryStatus, referredTo: UUID?, answer: String, answeredBy: String,
        answeredAt: Date?, answerDueOn: GregorianDay, askedAt: Date
    ) {
        self.id = id
        self.reference = reference
        self.beneficiaryID = beneficiaryID
        self.channel = channel
        self.category = category
        self.question = question
        self.status = status
        self.referredTo = referredTo
        self.answer = answer
        self.answeredBy = answeredBy
        self.answeredAt = answeredAt
        self.answerDueOn = answerDueOn
        self.askedAt = askedAt
    }

    /// Working days allowed for the first answer unless an administrator sets otherwise.
    public static let standardAnswerWorkingDays = 2

    /// Whether the first answer is late on `today`.
    public func isOverdue(on today: GregorianDay) -> Bool {
        status != .answered && answerDueOn < today
    }
}
