import Foundation

/// How soon it must be handled: an urgent one is due the next working day.
public enum FeedbackPriority: String, CaseIterable, Codable, Sendable { case normal, urgent }
