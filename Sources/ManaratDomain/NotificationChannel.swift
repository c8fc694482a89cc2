import Foundation

/// A way a notification reaches a person. The portal inbox always receives a copy; the others
/// are chosen by the person's preference.
///
/// The raw values are stored in the database and never renamed.
public enum NotificationChannel: String, CaseIterable, Codable, Sendable {
    /// The beneficiary's inbox in the portal.
    case portal
    /// A text message through the configured SMS gateway.
    case sms
    /// An e-mail.
    case email
    /// A WhatsApp Business template message.
    case whatsapp
}
