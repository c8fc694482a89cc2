import Foundation
import ManaratDomain

/// A supporter as typed, checked, before it has an id.
struct SupporterDraft: Sendable, Equatable {
    var kind: SupporterKind
    var name: String
    var contactPerson: String
    /// The mobile in E.164, if one was typed.
    var phone: String?
    var email: String
    var city: String
    var allowedChannels: Set<ContactChannel>
    var wantsNews: Bool
    var notes: String

    /// The supporter `id` this draft describes.
    func supporter(id: UUID) -> Supporter {
        Supporter(
            id: id, kind: kind, name: name, contactPerson: contactPerson, phone: phone, email: email, city: city,
            allowedChannels: allowedChannels, wantsNews: wantsNews, notes: notes)
    }

    /// The audit entry's summary of a saved supporter: kind, channels and whether they want news.
    var auditSummary: String {
        let channels = allowedChannels.map(\.rawValue).sorted().joined(separator: ",")
        return "kind=\(kind.rawValue) channels=\(channels) news=\(wantsNews)"
    }
}
