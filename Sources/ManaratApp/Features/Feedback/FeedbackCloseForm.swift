import Foundation
import ManaratDomain
import Vapor

/// Closing a complaint or suggestion: the response to the person, and the improvement taken
/// (what, who, and the day, in either calendar) or the reason for none.
struct FeedbackCloseForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case response, actionWhat, actionOwner, actionOn, actionOnCalendar, noActionReason
    }

    /// The longest response kept; longer text is cut.
    static let responseLimit = 4000
    /// The longest improvement and reason kept.
    static let actionLimit = 2000
    /// The longest owner kept.
    static let ownerLimit = 150

    var response: String?
    var actionWhat: String?
    var actionOwner: String?
    var actionOn: String?
    var actionOnCalendar: String?
    var noActionReason: String?

    /// The closing, or every problem. An improvement's day left empty is `today`; the rule for
    /// what a closing needs is `FeedbackRules.checkClosing`.
    func parsed(today: GregorianDay) -> Result<FeedbackClosing, FeedbackProblems> {
        var problems: [FeedbackProblem] = []
        var actionDay = today
        switch FormDay(actionOn, calendar: actionOnCalendar) {
        case .empty: break
        case .day(let day): actionDay = day
        case .invalid(let error): problems.append(.actionOn(error))
        }
        let what = (actionWhat ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let action =
            what.isEmpty
            ? nil
            : ImprovementAction(
                what: String(what.prefix(Self.actionLimit)),
                owner: String(
                    (actionOwner ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(Self.ownerLimit)),
                on: actionDay)
        let missing = FeedbackRules.checkClosing(
            response: response ?? "", action: action, noActionReason: noActionReason ?? "")
        switch missing {
        case .responseMissing?: problems.append(.responseMissing)
        case .improvementOrReasonMissing?: problems.append(.improvementMissing)
        case nil: break
        }
        guard problems.isEmpty else { return .failure(FeedbackProblems(problems: problems)) }
        return .success(
            FeedbackClosing(
                response: String(
                    (response ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(Self.responseLimit)),
                action: action,
                noActionReason: action == nil ? String((noActionReason ?? "").prefix(Self.actionLimit)) : ""))
    }
}
