import Foundation

/// A complaint (شكوى) or a suggestion (اقتراح).
public enum FeedbackKind: String, CaseIterable, Codable, Sendable { case complaint, suggestion }
