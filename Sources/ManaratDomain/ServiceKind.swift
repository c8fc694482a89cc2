import Foundation

/// The form the approved support takes (تقديم الخدمة).
///
/// The raw values are stored in the database and never renamed.
public enum ServiceKind: String, CaseIterable, Codable, Sendable {
    /// Cash support (دعم نقدي).
    case cash
    /// In-kind support (دعم عيني): food baskets, furniture, appliances.
    case inKind
    /// Referral to another organization (إحالة لجهة أخرى).
    case referral
}
