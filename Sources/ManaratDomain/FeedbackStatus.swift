import Foundation

/// Where a complaint or suggestion stands.
public enum FeedbackStatus: String, CaseIterable, Codable, Sendable { case open, inProgress, closed }
