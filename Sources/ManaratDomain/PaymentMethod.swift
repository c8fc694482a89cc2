import Foundation

/// How cash support is paid.
///
/// The raw values are stored in the database and never renamed.
public enum PaymentMethod: String, CaseIterable, Codable, Sendable {
    /// Bank transfer (تحويل بنكي) to the IBAN on the applicant's letter.
    case bankTransfer
    /// Cheque (شيك).
    case cheque
    /// A prepaid or purchase card (بطاقة).
    case card
}
