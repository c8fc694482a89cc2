import Foundation

/// Where a volunteer's application stands.
public enum VolunteerStatus: String, CaseIterable, Codable, Sendable { case applied, approved, declined, inactive }
