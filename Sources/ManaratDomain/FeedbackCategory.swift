import Foundation

/// What a complaint or suggestion is about, set at triage so the quality team sees patterns.
public enum FeedbackCategory: String, CaseIterable, Codable, Sendable {
    case serviceQuality, staffConduct, waitingTime, documentsAndProcedures, communication, other
}
