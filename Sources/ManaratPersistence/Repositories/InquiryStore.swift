import Foundation
import ManaratDomain

/// What inquiries read and write: the inquiries with their attachments and ratings, who may
/// answer them, the request a question is turned into, and the message telling the asker.
/// `DatabaseInquiryStore` (in the app, because its messages are written by the app's notifier)
/// keeps them in the database; service tests keep them in memory.
public protocol InquiryStore: Sendable {
    /// One inquiry.
    func find(id: UUID) async throws -> Inquiry?
    /// The inquiries, open ones only when `openOnly`, soonest due first.
    func list(openOnly: Bool) async throws -> [Inquiry]
    /// Saves a new inquiry asked on `day`, with its attachment's bytes; returns it with its reference.
    func create(_ inquiry: Inquiry, on day: GregorianDay, attachment: InquiryAttachment?, bytes: [UInt8]?, at now: Date)
        async throws -> Inquiry
    /// Saves a changed inquiry.
    func update(_ inquiry: Inquiry) async throws
    /// Records the asker's rating, once; false when it was rated already.
    func rate(id: UUID, score: Int, comment: String) async throws -> Bool
    /// The asker's rating, once given.
    func rating(id: UUID) async throws -> Int?
    /// The question's attachment, if it has one.
    func attachment(of inquiryID: UUID) async throws -> InquiryAttachment?
    /// A staff member, to check whom an inquiry is assigned or referred to.
    func staffMember(id: UUID) async throws -> StaffMember?
    /// The asker.
    func beneficiary(id: UUID) async throws -> Beneficiary?
    /// Whether a knowledge-base article is public, so an answer may link to it.
    func isPublicArticle(id: UUID) async throws -> Bool
    /// A request type a question may be turned into.
    func requestType(id: UUID) async throws -> RequestType?
    /// The working days to a first answer.
    func answerWorkingDays() async throws -> Int
    /// The working-day calendar.
    func workingCalendar() async throws -> WorkingCalendar
    /// The next free request reference on `day`.
    func nextRequestReference(on day: GregorianDay) async throws -> String
    /// Saves a request draft made from a question by `staff`, with its first history entry.
    func createRequest(_ request: SupportRequest, by staff: StaffMember, at now: Date) async throws
    /// Tells the asker their question was answered (their inbox and channel) and asks them to rate it.
    func tellAsker(_ asker: Beneficiary, answered: Inquiry, staffID: UUID?, staffBranch: UUID?) async throws
}
