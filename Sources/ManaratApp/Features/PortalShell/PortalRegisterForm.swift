import ManaratDomain
import Vapor

/// The portal's registration form as posted.
struct PortalRegisterForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case identityType, identityNumber, firstName, fatherName, familyName, phone, city, consent
    }

    var identityType: String?
    var identityNumber: String?
    var firstName: String?
    var fatherName: String?
    var familyName: String?
    var phone: String?
    var city: String?
    var consent: String?

    /// The empty form, for a national ID.
    static let blank = PortalRegisterForm(identityType: IdentityType.nationalID.rawValue)

    /// The longest name or city accepted.
    static let nameLimit = 60

    /// The registration, or every problem with it, in the form's order.
    func parsed() -> Result<PortalRegistration, PortalFormProblems<PortalRegisterProblem>> {
        var problems: [PortalRegisterProblem] = []
        let type: IdentityType = identityType == IdentityType.iqama.rawValue ? .iqama : .nationalID
        var identity: IdentityNumber?
        switch IdentityNumber.parse(identityNumber ?? "", type: type) {
        case .success(let value): identity = value
        case .failure(let problem): problems.append(.identity(problem))
        }
        let mobile = try? SaudiMobile.normalized(phone ?? "").get()
        if mobile == nil { problems.append(.phoneInvalid) }
        func name(_ value: String?, _ field: Field) -> String {
            let trimmed = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.count > Self.nameLimit { problems.append(.required(field)) }
            return trimmed
        }
        let first = name(firstName, .firstName)
        let father = name(fatherName, .fatherName)
        let family = name(familyName, .familyName)
        let city = name(city, .city)
        if consent != "on" { problems.append(.consent) }
        guard problems.isEmpty, let identity, let mobile else {
            return .failure(PortalFormProblems(problems: problems))
        }
        return .success(
            PortalRegistration(
                identity: identity, firstName: first, fatherName: father, familyName: family, mobile: mobile,
                city: city))
    }
}
