import Foundation

/// The rules of closing and appealing.
public enum FeedbackRules {
    /// Working days to close a complaint or suggestion before it is escalated to management.
    public static let workingDaysToClose = 5

    /// Checks a closing: the person gets a response, and the association records what it changed or why nothing.
    public static func checkClosing(response: String, action: ImprovementAction?, noActionReason: String)
        -> FeedbackClosingProblem?
    {
        if response.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .responseMissing }
        let hasAction =
            action.map {
                !$0.what.trimmingCharacters(in: .whitespaces).isEmpty
                    && !$0.owner.trimmingCharacters(in: .whitespaces).isEmpty
            } ?? false
        if !hasAction && noActionReason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return .improvementOrReasonMissing
        }
        return nil
    }

    /// Whether a closed item may still be appealed: once only.
    public static func mayAppeal(status: FeedbackStatus, appeals: Int) -> Bool {
        status == .closed && appeals == 0
    }
}
