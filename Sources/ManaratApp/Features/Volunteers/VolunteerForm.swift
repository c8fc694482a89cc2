import Foundation
import ManaratDomain
import Vapor

/// A volunteer's application, as sent from the public form or recorded by staff.
struct VolunteerForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case fullName, phone, email, city, skills, availability
    }

    /// The longest name, city and skills accepted, and the longest availability kept.
    static let nameLimit = 150
    static let cityLimit = 60
    static let skillsLimit = 1000
    static let availabilityLimit = 500

    var fullName: String?
    var phone: String?
    var email: String?
    var city: String?
    var skills: String?
    var availability: String?

    /// The application, or every problem: a name, a Saudi mobile, a valid e-mail if one is
    /// given, a city and the skills offered.
    func parsed() -> Result<VolunteerDraft, VolunteerProblems> {
        var problems: [VolunteerProblem] = []
        let name = (fullName ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.count > Self.nameLimit { problems.append(.fullNameMissing) }
        var mobile = ""
        switch SaudiMobile.normalized(phone ?? "") {
        case .success(let value): mobile = value
        case .failure(.empty): problems.append(.phoneMissing)
        case .failure: problems.append(.phoneInvalid)
        }
        let email = (self.email ?? "").trimmingCharacters(in: .whitespaces)
        if !email.isEmpty, !EmailAddress.looksValid(email) { problems.append(.emailInvalid) }
        let city = (self.city ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if city.isEmpty || city.count > Self.cityLimit { problems.append(.cityMissing) }
        let skills = (self.skills ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if skills.isEmpty || skills.count > Self.skillsLimit { problems.append(.skillsMissing) }
        guard problems.isEmpty else { return .failure(VolunteerProblems(problems: problems)) }
        return .success(
            VolunteerDraft(
                fullName: name, phone: mobile, email: email, city: city, skills: skills,
                availability: String((availability ?? "").prefix(Self.availabilityLimit))))
    }
}
