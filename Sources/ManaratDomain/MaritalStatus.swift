import Foundation

/// Marital status (الحالة الاجتماعية).
public enum MaritalStatus: String, CaseIterable, Codable, Sendable { case single, married, divorced, widowed }
