import Foundation

/// Where an inquiry stands.
public enum InquiryStatus: String, CaseIterable, Codable, Sendable { case open, referred, answered }
