import Foundation
import ManaratDomain
import Testing

@testable import ManaratApp

/// Which areas the desk offers each role: exactly those whose routes admit it.
@Suite("Desk areas by role")
struct DeskAreaTests {
    static func member(_ roles: Set<Role>) -> StaffMember {
        StaffMember(
            id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c2")!, username: "someone", displayName: "x",
            roles: roles, branchID: nil, isActive: true)
    }

    @Test("a delivery officer sees the shared areas and none of the administrator's or the auditors'")
    func delivery() {
        // act
        let areas = DeskArea.areas(for: Self.member([.delivery]))
        // assert
        #expect(
            areas == [
                .beneficiaries, .requests, .mySatisfaction, .library, .knowledgeBase, .declarations, .account,
            ])
    }

    @Test("an administrator sees every area, once, in the desk's order")
    func admin() {
        // act
        let areas = DeskArea.areas(for: Self.member([.admin]))
        // assert
        #expect(areas == DeskArea.allCases)
    }

    @Test("every area the desk offers a role opens for that role: no tile leads to a 403")
    func tilesOpen() {
        for role in Role.allCases {
            // setup
            let member = Self.member([role])
            // act
            let areas = DeskArea.areas(for: member)
            // assert
            if areas.contains(.audit) { #expect(Access.staff(AuditRoutes.readers).admits(member)) }
            if areas.contains(.outbox) { #expect(Access.staff(NotificationsController.outboxReaders).admits(member)) }
            if areas.contains(.staff) { #expect(role == .admin) }
            #expect(Set(areas).count == areas.count)
        }
    }
}
