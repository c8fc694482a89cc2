import Foundation

/// A complaint (شكوى) or a suggestion (اقتراح).
public enum FeedbackKind: String, CaseIterable, Codable, Sendable { case complaint, suggestion }

/// What a complaint or suggestion is about, set at triage so the quality team sees patterns.
public enum FeedbackCategory: String, CaseIterable, Codable, Sendable {
    case serviceQuality, staffConduct, waitingTime, documentsAndProcedures, communication, other
}

/// How soon it must be handled: an urgent one is due the next working day.
public enum FeedbackPriority: String, CaseIterable, Codable, Sendable { case normal, urgent }

/// Where a complaint or suggestion stands.
public enum FeedbackStatus: String, CaseIterable, Codable, Sendable { case open, inProgress, closed }

/// What changed because of a complaint or suggestion (الإجراء التحسيني المتخذ).
public struct ImprovementAction: Sendable, Equatable, Codable {
    /// What changed.
    public var what: String
    /// Who owns the change.
    public var owner: String
    /// When it was, or will be, done.
    public var on: GregorianDay

    /// Creates an action.
    public init(what: String, owner: String, on: GregorianDay) {
        self.what = what
        self.owner = owner
        self.on = on
    }
}

/// Why a complaint or suggestion cannot be closed yet.
public enum FeedbackClosingProblem: Error, Equatable, Sendable {
    /// No response was written to the person.
    case responseMissing
    /// Neither an improvement action nor the reason for none was recorded.
    case improvementOrReasonMissing
}

/// The rules of closing and appealing.
public enum FeedbackRules {
    /// Working days to close a complaint or suggestion before it is escalated to management.
    public static let workingDaysToClose = 5

    /// Checks a closing: the person gets a response, and the association records what it changed or why nothing.
    public static func checkClosing(response: String, action: ImprovementAction?, noActionReason: String) -> FeedbackClosingProblem? {
        if response.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .responseMissing }
        let hasAction = action.map { !$0.what.trimmingCharacters(in: .whitespaces).isEmpty && !$0.owner.trimmingCharacters(in: .whitespaces).isEmpty } ?? false
        if !hasAction && noActionReason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .improvementOrReasonMissing }
        return nil
    }

    /// Whether a closed item may still be appealed: once only.
    public static func mayAppeal(status: FeedbackStatus, appeals: Int) -> Bool {
        status == .closed && appeals == 0
    }
}
