import Foundation
import ManaratDomain
import Vapor

/// A scope's survey as an administrator wrote it: the titles in both languages, its questions one
/// per line (`Arabic | English`), and whether invitations use it.
struct SurveyForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case titleArabic, titleEnglish, questions, active
    }

    /// The longest title accepted.
    static let longestTitle = 200
    /// The longest question accepted, in either language.
    static let longestQuestion = 300

    var titleArabic: String?
    var titleEnglish: String?
    var questions: String?
    var active: String?

    /// The form showing `survey`, or an empty active survey when the scope has none yet.
    init(survey: Survey?) {
        self.init(
            titleArabic: survey?.titleArabic ?? "", titleEnglish: survey?.titleEnglish ?? "",
            questions: (survey?.questions ?? []).map { "\($0.arabic) | \($0.english)" }.joined(separator: "\n"),
            active: (survey?.isActive ?? true) ? "on" : nil)
    }

    init(titleArabic: String? = nil, titleEnglish: String? = nil, questions: String? = nil, active: String? = nil) {
        self.titleArabic = titleArabic
        self.titleEnglish = titleEnglish
        self.questions = questions
        self.active = active
    }

    /// The form as the page shows it back after a refusal: each field without its surrounding blanks.
    func trimmed() -> SurveyForm {
        SurveyForm(
            titleArabic: Self.typed(titleArabic), titleEnglish: Self.typed(titleEnglish),
            questions: Self.typed(questions), active: Self.typed(active) == "on" ? "on" : nil)
    }

    /// The survey as written, or every problem with it.
    func parsed() -> Result<SurveyDraft, SurveyFormProblems> {
        var problems: [SurveyFormProblem] = []
        let titleArabic = Self.typed(self.titleArabic)
        let titleEnglish = Self.typed(self.titleEnglish)
        if titleArabic.isEmpty || titleArabic.count > Self.longestTitle { problems.append(.titleArabicMissing) }
        if titleEnglish.isEmpty || titleEnglish.count > Self.longestTitle { problems.append(.titleEnglishMissing) }
        var questions: [SurveyQuestion] = []
        for line in Self.typed(self.questions).split(whereSeparator: \.isNewline)
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, parts[0].count <= Self.longestQuestion,
                parts[1].count <= Self.longestQuestion
            else {
                problems.append(.questionsInvalid)
                break
            }
            questions.append(SurveyQuestion(arabic: parts[0], english: parts[1]))
        }
        // Counted even after a malformed line, so both refusals show at once, as they always did.
        if questions.count > Survey.maximumQuestions { problems.append(.tooManyQuestions) }
        guard problems.isEmpty else { return .failure(SurveyFormProblems(problems: problems)) }
        return .success(
            SurveyDraft(
                titleArabic: titleArabic, titleEnglish: titleEnglish, questions: questions,
                isActive: Self.typed(active) == "on"))
    }

    /// `text` without its surrounding blanks and line breaks; empty when not sent.
    private static func typed(_ text: String?) -> String {
        (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
