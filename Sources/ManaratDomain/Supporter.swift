import Foundation

/// A supporter or donor (الداعم).
public struct Supporter: Sendable, Equatable, Identifiable {
    /// The supporter's identifier.
    public var id: UUID
    /// Person or organization.
    public var kind: SupporterKind
    /// The name of the person or organization.
    public var name: String
    /// For an organization, the person to talk to.
    public var contactPerson: String
    /// Mobile in E.164, if any.
    public var phone: String?
    /// E-mail, if any.
    public var email: String
    /// City.
    public var city: String
    /// The channels the supporter agreed to be contacted on.
    public var allowedChannels: Set<ContactChannel>
    /// Whether the supporter wants to hear about campaigns and reports.
    public var wantsNews: Bool
    /// Free notes.
    public var notes: String

    /// Creates a supporter.
    public init(
        id: UUID, kind: SupporterKind, name: String, contactPerson: String, phone: String?, email: String, city: String,
        allowedChannels: Set<ContactChannel>, wantsNews: Bool, notes: String
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.contactPerson = contactPerson
        self.phone = phone
        self.email = email
        self.city = city
        self.allowedChannels = allowedChannels
        self.wantsNews = wantsNews
        self.notes = notes
    }
}
