import Foundation
import ManaratDomain
import Vapor

/// A staff account as posted by an administrator. Its field names are a type, shared by the view
/// and the problems.
struct StaffAccountForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case displayName, username, branchID, roles, isActive
    }

    var username: String?
    var displayName: String?
    var branchID: String?
    var roles: [String]?
    var isActive: String?

    /// The longest display name accepted.
    static let displayNameLimit = 100

    init(
        username: String? = nil, displayName: String? = nil, branchID: String? = nil, roles: [String]? = nil,
        isActive: String? = nil
    ) {
        self.username = username
        self.displayName = displayName
        self.branchID = branchID
        self.roles = roles
        self.isActive = isActive
    }

    /// The form for a new account: active, in `branchID` (the administrator's own).
    static func blank(branchID: UUID?) -> StaffAccountForm {
        StaffAccountForm(branchID: branchID?.uuidString.lowercased() ?? "", isActive: "on")
    }

    /// The form showing `member`.
    init(member: StaffMember) {
        self.init(
            username: member.username, displayName: member.displayName,
            branchID: member.branchID?.uuidString.lowercased() ?? "", roles: member.roles.map(\.rawValue).sorted(),
            isActive: member.isActive ? "on" : nil)
    }

    /// The draft, or every problem with it, for an association whose branches are `branches`
    /// (whether the username is free is the service's to say).
    func parsed(branches: [Branch]) -> Result<StaffDraft, StaffAccountProblems> {
        var problems: [StaffAccountProblem] = []
        let displayName = (displayName ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if displayName.isEmpty { problems.append(.displayNameRequired) }
        if displayName.count > Self.displayNameLimit { problems.append(.displayNameTooLong) }
        var username = ""
        switch StaffRules.normalizedUsername(self.username ?? "") {
        case .success(let value): username = value
        case .failure(let problem): problems.append(.username(problem))
        }
        let roles = Set((self.roles ?? []).compactMap(Role.init(rawValue:)))
        if roles.isEmpty || roles.count != (self.roles ?? []).count { problems.append(.rolesRequired) }
        var branch: UUID?
        if let raw = branchID, !raw.isEmpty {
            if let id = UUID(uuidString: raw), branches.contains(where: { $0.id == id }) {
                branch = id
            } else {
                problems.append(.branchUnknown)
            }
        }
        guard problems.isEmpty else { return .failure(StaffAccountProblems(problems: problems)) }
        return .success(
            StaffDraft(
                username: username, displayName: displayName, roles: roles, branchID: branch,
                isActive: isActive == "on"))
    }
}
