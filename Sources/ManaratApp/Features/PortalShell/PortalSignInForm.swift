import ManaratDomain
import Vapor

/// The portal's sign-in form as posted: an identity number and a mobile.
struct PortalSignInForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case identityNumber, phone
    }

    var identityNumber: String?
    var phone: String?

    /// The identity and the normalized mobile, or every problem with them.
    func parsed() -> Result<(identity: IdentityNumber, mobile: String), PortalFormProblems<PortalSignInProblem>> {
        var problems: [PortalSignInProblem] = []
        let identity = Self.identity(identityNumber ?? "")
        if identity == nil { problems.append(.identityInvalid) }
        let mobile = try? SaudiMobile.normalized(phone ?? "").get()
        if mobile == nil { problems.append(.phoneInvalid) }
        guard let identity, let mobile else { return .failure(PortalFormProblems(problems: problems)) }
        return .success((identity, mobile))
    }

    /// A typed identity number: a national ID or an Iqama, told apart by its first digit.
    static func identity(_ text: String) -> IdentityNumber? {
        let digits = Digits.latinized(text).filter { !$0.isWhitespace }
        let type: IdentityType = digits.hasPrefix("2") ? .iqama : .nationalID
        return try? IdentityNumber.parse(digits, type: type).get()
    }
}
