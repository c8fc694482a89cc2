import Foundation
import ManaratDomain
import Testing

@Suite("Branch scope")
struct BranchScopeTests {
    static let riyadh = UUID()
    static let jeddah = UUID()

    static func member(_ roles: Set<Role>, branch: UUID?) -> StaffMember {
        StaffMember(id: UUID(), username: "x", displayName: "x", roles: roles, branchID: branch, isActive: true)
    }

    @Test("a branch desk's staff open their own branch's files and those of no branch, never another branch's")
    func deskStaffAreConfined() {
        // setup
        let relations = Self.member([.relations, .researcher], branch: Self.jeddah)
        // act
        let own = BranchScope.admits(relations, recordBranch: Self.jeddah)
        let none = BranchScope.admits(relations, recordBranch: nil)
        let other = BranchScope.admits(relations, recordBranch: Self.riyadh)
        // assert
        #expect(own && none && !other)
        #expect(BranchScope.confinement(of: relations) == Self.jeddah)
    }

    static let cases: [(Set<Role>, Bool)] = [
        ([.committee], true), ([.quality], true), ([.admin], true), ([.relations, .committee], true),
        ([.delivery], false),
    ]

    @Test("the committee, quality, management and head-office staff work across branches", arguments: Self.cases)
    func acrossBranches(roles: Set<Role>, across: Bool) {
        // setup
        let posted = Self.member(roles, branch: Self.jeddah)
        let headOffice = Self.member(roles, branch: nil)
        // act
        let postedOpensRiyadh = BranchScope.admits(posted, recordBranch: Self.riyadh)
        let headOfficeOpensRiyadh = BranchScope.admits(headOffice, recordBranch: Self.riyadh)
        // assert
        #expect(postedOpensRiyadh == across)
        #expect(headOfficeOpensRiyadh)
    }
}
