import Foundation

/// What an inquiry (استفسار) is about.
public enum InquiryCategory: String, CaseIterable, Codable, Sendable {
    case services, requests, documents, payments, other
}
