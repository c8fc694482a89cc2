import Foundation

/// The policy forbids an employee from using their position for personal
/// benefit; this decides when a staff member may not act on a request.
public enum ConflictOfInterest {
    /// Why this staff member may not act on a request whose applicant has `applicantIdentity`, whose household members have `householdIdentities`, and which `requestOwnerStaffID` (if any) filed for themselves; nil when they may act.
    ///
    /// The closest tie is reported when several apply. A staff member who is
    /// themselves in the applicant's household counts as their own request,
    /// because the support would reach them directly.
    public static func conflict(
        of declaration: StaffDeclaration, applicantIdentity: String, householdIdentities: Set<String>,
        requestOwnerStaffID: UUID?
    ) -> ConflictReason? {
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
