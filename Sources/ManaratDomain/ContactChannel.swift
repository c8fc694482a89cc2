import Foundation

/// The policy's eight channels, in its order.
///
/// The raw values are stored in the database and never renamed; `allCases`
/// keeps the policy's order so lists and reports read as the policy does.
public enum ContactChannel: String, CaseIterable, Codable, Sendable {
    /// A face-to-face interview (المقابلة الشخصية).
    case interview
    /// A phone call (الهاتف).
    case phone
    /// Social media (وسائل التواصل الاجتماعي).
    case socialMedia
    /// A written letter (الخطابات).
    case letter
    /// An assistance request form (طلب المساعدة).
    case assistanceRequest
    /// Contact through volunteering (التطوع).
    case volunteering
    /// The association's website (الموقع الإلكتروني).
    case website
    /// A branch representative (مندوب الفرع).
    case branchRepresentative
}
