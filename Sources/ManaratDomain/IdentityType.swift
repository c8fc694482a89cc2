import Foundation

/// The kind of identity document a beneficiary presents.
///
/// The raw values are stored in the database and never renamed.
public enum IdentityType: String, CaseIterable, Codable, Sendable {
    /// Saudi national ID (الهوية الوطنية): ten digits starting with 1.
    case nationalID
    /// Resident permit (الإقامة): ten digits starting with 2.
    case iqama
    /// ID card of another Gulf Cooperation Council state (هوية خليجية).
    case gccID
    /// Passport (جواز السفر).
    case passport
    /// Border number (رقم الحدود) given to visitors before they hold an iqama.
    case borderNumber
}
