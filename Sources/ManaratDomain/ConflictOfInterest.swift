import Foundation

/// A staff member's conflict-of-interest declaration (إفصاح): whose requests
/// they must stay away from.
public struct StaffDeclaration: Sendable, Equatable {
    /// The staff member who declared.
    public var staffID: UUID
    /// The identity numbers of the relatives they declared.
    public var relativeIdentityNumbers: Set<String>
    /// Their own identity number, when on file.
    public var ownIdentityNumber: String?

    /// Creates a declaration.
    public init(staffID: UUID, relativeIdentityNumbers: Set<String>, ownIdentityNumber: String?) {
        self.staffID = staffID
        self.relativeIdentityNumbers = relativeIdentityNumbers
        self.ownIdentityNumber = ownIdentityNumber
    }
}

/// Why a staff member must recuse themselves (تنحٍّ) from a request.
public enum ConflictReason: Sendable, Equatable {
    /// The request is their own, or its support would reach their own household.
    case ownRequest
    /// The applicant is a declared relative.
    case relativeIsApplicant
    /// A member of the applicant's household is a declared relative.
    case relativeInHousehold
}

/// The policy forbids an employee from using their position for personal
/// benefit; this decides when a staff member may not act on a request.
public enum ConflictOfInterest {
    /// Why this staff member may not act on a request whose applicant has `applicantIdentity`, whose household members have `householdIdentities`, and which `requestOwnerStaffID` (if any) filed for themselves; nil when they may act.
    ///
    /// The closest tie is reported when several apply. A staff member who is
    /// themselves in the applicant's household counts as their own request,
    /// because the support would reach them directly.
    public static func conflict(of declaration: StaffDeclaration, applicantIdentity: String, householdIdentities: Set<String>, requestOwnerStaffID: UUID?) -> ConflictReason? {
        let applicant = normalized(applicantIdentity)
        let household = Set(householdIdentities.map(normalized)).subtracting([""])
        let relatives = Set(declaration.relativeIdentityNumbers.map(normalized)).subtracting([""])
        let own = declaration.ownIdentityNumber.map(normalized) ?? ""

        if requestOwnerStaffID == declaration.staffID {
            return .ownRequest
        }
        // An empty number on either side is missing data, never a match.
        if !own.isEmpty, own == applicant || household.contains(own) {
            return .ownRequest
        }
        if !applicant.isEmpty, relatives.contains(applicant) {
            return .relativeIsApplicant
        }
        if !household.isDisjoint(with: relatives) {
            return .relativeInHousehold
        }
        return nil
    }

    /// Numbers typed in Arabic digits, in groups or with direction marks are
    /// the same number, and a lower-case passport must still match.
    private static func normalized(_ identity: String) -> String {
        let scalars = Digits.latinized(identity).unicodeScalars.filter {
            !$0.properties.isWhitespace && !ArabicText.isFormatMark($0)
        }
        return String(String.UnicodeScalarView(scalars)).uppercased()
    }
}
