import Foundation
import ManaratDomain
import Vapor

/// A household member as added at the desk, or proposed by the beneficiary in the portal.
struct HouseholdMemberForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case memberName, relation, memberGender, memberIdentityType, memberIdentityNumber, memberBornOn
        case memberBornOnCalendar, memberHealth, parentageNote
    }

    /// The longest name accepted.
    static let nameLimit = 120

    var memberName: String?
    var relation: String?
    var memberGender: String?
    var memberIdentityType: String?
    var memberIdentityNumber: String?
    var memberBornOn: String?
    var memberBornOnCalendar: String?
    var memberHealth: String?
    var parentageNote: String?

    /// The member as typed, or every problem. At the desk the identity's type is chosen; the
    /// portal asks only for the number and reads an iqama from its leading 2. Health and
    /// parentage are kept only when `sensitive` (staff who may read them).
    func parsed(sensitive: Bool) -> Result<MemberDraft, HouseholdProblems> {
        var problems: [HouseholdProblem] = []
        let name = (memberName ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.count > Self.nameLimit { problems.append(.memberNameMissing) }
        var identity: IdentityNumber?
        let typed = Digits.latinized(memberIdentityNumber ?? "").filter { !$0.isWhitespace }
        let type: IdentityType? =
            memberIdentityType.map { IdentityType(rawValue: $0) }
            ?? (typed.isEmpty ? nil : (typed.hasPrefix("2") ? .iqama : .nationalID))
        if let type {
            switch IdentityNumber.parse(memberIdentityNumber ?? "", type: type) {
            case .success(let value): identity = value
            case .failure(let problem): problems.append(.identity(problem))
            }
        }
        var bornOn: GregorianDay?
        switch FormDay(memberBornOn, calendar: memberBornOnCalendar) {
        case .empty: break
        case .day(let day): bornOn = day
        case .invalid(let error): problems.append(.bornOn(error))
        }
        guard problems.isEmpty else { return .failure(HouseholdProblems(problems: problems)) }
        return .success(
            MemberDraft(
                fullName: name, relation: relation.flatMap(Relation.init(rawValue:)) ?? .other,
                gender: memberGender.flatMap(Gender.init(rawValue:)) ?? .male, identity: identity, bornOn: bornOn,
                healthConditions: sensitive ? String((memberHealth ?? "").prefix(1000)) : "",
                parentageNote: sensitive ? String((parentageNote ?? "").prefix(1000)) : ""))
    }
}
