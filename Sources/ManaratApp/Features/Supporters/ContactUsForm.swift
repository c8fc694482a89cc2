import Foundation
import ManaratDomain
import Vapor

/// The public contact page's form: a visitor, perhaps for an organization, and their message.
/// The visitor's name, phone and e-mail are read by `SupporterForm.parsed()`, the staff editor's
/// own rule, so both pages accept and refuse the same and say it in the same words.
struct ContactUsForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case name, organization, phone, email, message
    }

    /// The longest message accepted.
    static let messageLimit = 3000

    var name: String?
    var organization: String?
    var phone: String?
    var email: String?
    var message: String?

    /// The supporter the message makes and the message, or every problem. With an organization
    /// the supporter is the organization and the visitor its contact person; the channels agreed
    /// to are those the visitor gave (a phone, or the website's e-mail).
    func parsed() -> Result<ContactUsDraft, SupporterProblems> {
        let visitor = SupporterForm(name: name, phone: phone, email: email).parsed()
        var problems: [SupporterProblem] = []
        if case .failure(let refused) = visitor { problems = refused.problems }
        let message = (self.message ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if message.isEmpty || message.count > Self.messageLimit { problems.append(.messageMissing) }
        guard problems.isEmpty, case .success(let checked) = visitor else {
            return .failure(SupporterProblems(problems: problems))
        }
        var supporter = checked
        let organization = (self.organization ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if !organization.isEmpty {
            supporter.kind = .organization
            supporter.contactPerson = supporter.name
            supporter.name = organization
        }
        supporter.allowedChannels = Set(
            [supporter.phone == nil ? nil : ContactChannel.phone, supporter.email.isEmpty ? nil : .website]
                .compactMap { $0 })
        return .success(ContactUsDraft(supporter: supporter, message: message))
    }
}
