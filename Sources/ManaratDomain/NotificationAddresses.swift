import Foundation

/// Where a person can be reached.
public struct NotificationAddresses: Sendable, Equatable {
    /// A mobile number in E.164 form, for SMS and WhatsApp.
    public var mobile: String?
    /// An e-mail address.
    public var email: String?

    /// Creates the addresses.
    public init(mobile: String?, email: String?) {
        self.mobile = mobile
        self.email = email
    }
}
