/// Why the portal's sign-in page did not send a code, and the field it marks.
enum PortalSignInProblem: Equatable, Sendable {
    /// The identity number is not a valid national ID or Iqama.
    case identityInvalid
    /// The mobile is not a Saudi mobile number.
    case phoneInvalid
    /// The identity entered too many wrong codes.
    case locked
    /// The identity or the address asked for too many codes.
    case tooManyCodes

    /// The field the page marks.
    var field: PortalSignInForm.Field {
        self == .phoneInvalid ? .phone : .identityNumber
    }
}
