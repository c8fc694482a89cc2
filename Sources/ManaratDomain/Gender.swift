import Foundation

/// Gender as recorded on an identity document.
public enum Gender: String, CaseIterable, Codable, Sendable { case male, female }
