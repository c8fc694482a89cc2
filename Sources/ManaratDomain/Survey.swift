import Foundation

/// What a satisfaction survey is about: one kind of service, or answered inquiries.
public enum SurveyScope: Hashable, Sendable {
    /// After a service of this kind was delivered.
    case service(ServiceKind)
    /// After an inquiry was answered.
    case inquiry

    /// The stored form, such as "service:cash" or "inquiry".
    public var code: String {
        switch self {
        case .service(let kind): return "service:" + kind.rawValue
        case .inquiry: return "inquiry"
        }
    }

    /// Reads the stored form.
    public init?(code: String) {
        if code == "inquiry" { self = .inquiry; return }
        guard code.hasPrefix("service:"), let kind = ServiceKind(rawValue: String(code.dropFirst(8))) else { return nil }
        self = .service(kind)
    }

    /// Every scope, services first.
    public static let all: [SurveyScope] = ServiceKind.allCases.map { .service($0) } + [.inquiry]
}

/// One question beyond the overall rating, answered 1 to 5.
public struct SurveyQuestion: Sendable, Equatable, Codable {
    /// The question in Arabic.
    public var arabic: String
    /// The question in English.
    public var english: String

    /// Creates a question.
    public init(arabic: String, english: String) {
        self.arabic = arabic
        self.english = english
    }
}

/// A satisfaction survey an administrator defined.
public struct Survey: Sendable, Equatable, Identifiable {
    /// Its identifier.
    public var id: UUID
    /// What it follows.
    public var scope: SurveyScope
    /// The title in Arabic.
    public var titleArabic: String
    /// The title in English.
    public var titleEnglish: String
    /// A few questions besides the overall 1–5 rating.
    public var questions: [SurveyQuestion]
    /// Whether invitations use it.
    public var isActive: Bool

    /// Creates a survey.
    public init(id: UUID, scope: SurveyScope, titleArabic: String, titleEnglish: String, questions: [SurveyQuestion], isActive: Bool) {
        self.id = id
        self.scope = scope
        self.titleArabic = titleArabic
        self.titleEnglish = titleEnglish
        self.questions = questions
        self.isActive = isActive
    }

    /// At most this many extra questions: a survey answered on a phone stays short.
    public static let maximumQuestions = 5
}

/// A filled-in survey, before it is stored.
public struct SurveyAnswer: Sendable, Equatable {
    /// The overall rating, 1 to 5.
    public var rating: Int
    /// One 1–5 answer per question, or nil where skipped.
    public var answers: [Int?]
    /// A free comment.
    public var comment: String

    /// Creates an answer.
    public init(rating: Int, answers: [Int?], comment: String) {
        self.rating = rating
        self.answers = answers
        self.comment = comment
    }
}

/// Why a survey answer or link is refused.
public enum SurveyProblem: Error, Equatable, Sendable {
    /// The overall rating is missing or outside 1–5.
    case ratingMissing
    /// An answer is outside 1–5.
    case answerOutOfRange
    /// The comment is longer than 1 000 characters.
    case commentTooLong
    /// The invitation was answered already.
    case alreadyAnswered
    /// The invitation is older than its validity.
    case expired
}

/// The rules of a survey invitation and its answer.
public enum SurveyRules {
    /// How long a survey link stays valid.
    public static let validity: TimeInterval = 14 * 86_400
    /// When an unanswered invitation is reminded once.
    public static let reminderAfter: TimeInterval = 3 * 86_400

    /// Whether an invitation can still be answered at `now`.
    public static func check(expiresAt: Date, answeredAt: Date?, now: Date) -> SurveyProblem? {
        if answeredAt != nil { return .alreadyAnswered }
        if now >= expiresAt { return .expired }
        return nil
    }

    /// Checks an answer for a survey with `questionCount` questions.
    public static func validate(_ answer: SurveyAnswer, questionCount: Int) -> SurveyProblem? {
        guard (1...5).contains(answer.rating) else { return .ratingMissing }
        guard answer.answers.count <= questionCount, answer.answers.allSatisfy({ $0.map { (1...5).contains($0) } ?? true }) else { return .answerOutOfRange }
        guard answer.comment.count <= 1000 else { return .commentTooLong }
        return nil
    }
}

/// Satisfaction in one group (a service, a branch, a channel or a month), never per person.
public struct SatisfactionFigures: Sendable, Equatable {
    /// Invitations sent.
    public var invited: Int
    /// Answers received.
    public var answered: Int
    /// The share of ratings that are 4 or 5.
    public var csat: Int?
    /// The mean rating, to one decimal.
    public var average: Double?
    /// The share of invitations answered.
    public var responseRate: Int?

    /// Computes the figures from the ratings given and the number of invitations.
    public init(ratings: [Int], invited: Int) {
        self.invited = invited
        answered = ratings.count
        csat = Statistics.csat(ratings)
        average = ratings.isEmpty ? nil : (Double(ratings.reduce(0, +)) / Double(ratings.count) * 10).rounded() / 10
        responseRate = Statistics.percent(ratings.count, of: invited)
    }

    /// Groups invitations (each with its rating once answered) by `key`, in key order.
    public static func grouped<Key: Comparable & Hashable>(_ items: [(key: Key, rating: Int?)]) -> [(Key, SatisfactionFigures)] {
        Dictionary(grouping: items, by: \.key)
            .map { key, group in (key, SatisfactionFigures(ratings: group.compactMap(\.rating), invited: group.count)) }
            .sorted { $0.0 < $1.0 }
    }
}
