import Foundation

/// Whether a supporter is a person or an organization.
public enum SupporterKind: String, CaseIterable, Codable, Sendable { case person, organization }
