import Foundation

/// What a supporter gave.
public enum SupportKind: String, CaseIterable, Codable, Sendable { case cash, inKind }
