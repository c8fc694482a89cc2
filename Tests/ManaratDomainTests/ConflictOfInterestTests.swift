import Foundation
import Testing

@testable import ManaratDomain

@Suite("Conflict of interest")
struct ConflictOfInterestTests {
    let memberID = UUID(uuidString: "00000000-0000-0000-0000-00000000000A")!
    let memberIdentity = "1000000008"
    let brother = "1012345672"
    let applicant = "1987654322"
    let stranger = "2000000006"

    @Test(
        "a committee member who declared the applicant's brother as a relative may not vote, because the brother is in the household"
    )
    func brotherInHousehold() {
        // setup
        let declaration = StaffDeclaration(
            staffID: memberID, relativeIdentityNumbers: [brother], ownIdentityNumber: memberIdentity)

        // act
        let reason = ConflictOfInterest.conflict(
            of: declaration, applicantIdentity: applicant, householdIdentities: [brother, stranger],
            requestOwnerStaffID: nil)

        // assert
        #expect(reason == .relativeInHousehold)
    }

    @Test("a staff member may not act on a request filed for themselves")
    func filedForThemselves() {
        // setup
        let declaration = StaffDeclaration(staffID: memberID, relativeIdentityNumbers: [], ownIdentityNumber: nil)

        // act
        let reason = ConflictOfInterest.conflict(
            of: declaration, applicantIdentity: applicant, householdIdentities: [], requestOwnerStaffID: memberID)

        // assert
        #expect(reason == .ownRequest)
    }

    @Test("a staff member may not act on a request where they are the applicant or a household member")
    func ownIdentity() {
        // setup
        let declaration = StaffDeclaration(
            staffID: memberID, relativeIdentityNumbers: [brother], ownIdentityNumber: memberIdentity)

        // act
        let asApplicant = ConflictOfInterest.conflict(
            of: declaration, applicantIdentity: memberIdentity, householdIdentities: [brother],
            requestOwnerStaffID: UUID())
        let inHousehold = ConflictOfInterest.conflict(
            of: declaration, applicantIdentity: applicant, householdIdentities: [memberIdentity],
            requestOwnerStaffID: nil)

        // assert
        #expect(asApplicant == .ownRequest)
        #expect(inHousehold == .ownRequest)
    }

    @Test("a staff member may not act on a request from a declared relative, even typed in Arabic digits")
    func relativeApplies() {
        // setup
        let declaration = StaffDeclaration(
            staffID: memberID, relativeIdentityNumbers: ["١٠١٢٣٤٥٦٧٢"], ownIdentityNumber: memberIdentity)

        // act
        let reason = ConflictOfInterest.conflict(
            of: declaration, applicantIdentity: brother, householdIdentities: [stranger], requestOwnerStaffID: nil)

        // assert
        #expect(reason == .relativeIsApplicant)
    }

    @Test("a staff member with no tie to the applicant or the household may act")
    func noConflict() {
        // setup
        let declaration = StaffDeclaration(
            staffID: memberID, relativeIdentityNumbers: [brother], ownIdentityNumber: memberIdentity)

        // act
        let reason = ConflictOfInterest.conflict(
            of: declaration, applicantIdentity: applicant, householdIdentities: [stranger], requestOwnerStaffID: UUID())

        // assert
        #expect(reason == nil)
    }

    @Test("missing identity numbers never count as a match")
    func blanksNeverMatch() {
        // setup
        let declaration = StaffDeclaration(
            staffID: memberID, relativeIdentityNumbers: ["", " "], ownIdentityNumber: "")

        // act
        let reason = ConflictOfInterest.conflict(
            of: declaration, applicantIdentity: "", householdIdentities: [""], requestOwnerStaffID: nil)

        // assert
        #expect(reason == nil)
    }
}
