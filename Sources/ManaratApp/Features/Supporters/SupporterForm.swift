import Foundation
import ManaratDomain
import Vapor

/// A supporter as the staff's editor posts it. Its `parsed()` holds the one rule for a
/// supporter's name, phone and e-mail; the public contact form (`ContactUsForm`) reads its
/// visitor through it too, so the two pages never refuse differently.
struct SupporterForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case kind, name, contactPerson, phone, email, city, allowedChannels, wantsNews, notes
    }

    /// The longest name accepted.
    static let nameLimit = 150
    /// The longest contact person, city and notes kept; longer text is cut.
    static let contactPersonLimit = 150
    static let cityLimit = 60
    static let notesLimit = 2000

    var kind: String?
    var name: String?
    var contactPerson: String?
    var phone: String?
    var email: String?
    var city: String?
    var allowedChannels: [String]?
    var wantsNews: String?
    var notes: String?

    /// The form for a new supporter: a person, reached by phone.
    static let blank = SupporterForm(
        kind: SupporterKind.person.rawValue, allowedChannels: [ContactChannel.phone.rawValue])

    /// The supporter, or every problem. A phone or an e-mail is needed, and each one typed must
    /// be valid; a wrong one is named as wrong, not also as missing, so each field has one message.
    func parsed() -> Result<SupporterDraft, SupporterProblems> {
        var problems: [SupporterProblem] = []
        let name = (self.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.count > Self.nameLimit { problems.append(.nameMissing) }
        let typedPhone = (phone ?? "").trimmingCharacters(in: .whitespaces)
        var mobile: String?
        if !typedPhone.isEmpty {
            switch SaudiMobile.normalized(typedPhone) {
            case .success(let value): mobile = value
            case .failure: problems.append(.phoneInvalid)
            }
        }
        let email = (self.email ?? "").trimmingCharacters(in: .whitespaces)
        if !email.isEmpty, !EmailAddress.looksValid(email) { problems.append(.emailInvalid) }
        if typedPhone.isEmpty, email.isEmpty { problems.append(.phoneOrEmailMissing) }
        guard problems.isEmpty else { return .failure(SupporterProblems(problems: problems)) }
        return .success(
            SupporterDraft(
                kind: kind.flatMap(SupporterKind.init(rawValue:)) ?? .person, name: name,
                contactPerson: String((contactPerson ?? "").prefix(Self.contactPersonLimit)), phone: mobile,
                email: email, city: String((city ?? "").prefix(Self.cityLimit)),
                allowedChannels: Set((allowedChannels ?? []).compactMap(ContactChannel.init(rawValue:))),
                wantsNews: wantsNews == "on", notes: String((notes ?? "").prefix(Self.notesLimit))))
    }
}

extension SupporterForm {
    /// The form showing `supporter`, its mobile as people type it (05XXXXXXXX).
    init(supporter: Supporter) {
        self.init(
            kind: supporter.kind.rawValue, name: supporter.name, contactPerson: supporter.contactPerson,
            phone: supporter.phone.map { "0" + $0.dropFirst(4) }, email: supporter.email, city: supporter.city,
            allowedChannels: supporter.allowedChannels.map(\.rawValue), wantsNews: supporter.wantsNews ? "on" : nil,
            notes: supporter.notes)
    }
}
