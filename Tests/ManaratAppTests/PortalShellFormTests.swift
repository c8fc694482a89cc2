import ManaratDomain
import Testing

@testable import ManaratApp

/// The portal's sign-in and registration forms, parsed without a server.
@Suite("Portal sign-in and registration forms")
struct PortalShellFormTests {
    @Test("an identity typed in Arabic-Indic digits with spaces is read, and an Iqama told by its first digit")
    func identity() throws {
        // act
        let national = PortalSignInForm(identityNumber: "١٠٠٠ ٠٠٠ ٠٠٨", phone: "0501234567").parsed()
        let iqama = PortalSignInForm.identity("2000000006")
        // assert
        let parsed = try national.get()
        #expect(parsed.identity.value == "1000000008")
        #expect(parsed.mobile == "+966501234567")
        #expect(iqama?.type == .iqama)
    }

    @Test("a wrong identity and a wrong mobile are both named")
    func signInProblems() {
        // act
        let result = PortalSignInForm(identityNumber: "123", phone: "0123").parsed()
        // assert
        guard case .failure(let refused) = result else {
            Issue.record("accepted")
            return
        }
        #expect(refused.problems == [.identityInvalid, .phoneInvalid])
        #expect(refused.problems.map(\.field) == [.identityNumber, .phone])
    }

    @Test("registration names every missing field in the form's order, and consent last")
    func registerProblems() {
        // setup
        let form = PortalRegisterForm(
            identityType: "national_id", identityNumber: "1000000008", firstName: " ",
            fatherName: String(repeating: "ع", count: 61), familyName: "الزهراني", phone: "0501234567", city: "")
        // act
        let result = form.parsed()
        // assert
        guard case .failure(let refused) = result else {
            Issue.record("accepted")
            return
        }
        #expect(refused.problems == [.required(.firstName), .required(.fatherName), .required(.city), .consent])
    }

    @Test("a complete registration becomes the person's details, trimmed")
    func registers() throws {
        // setup
        let form = PortalRegisterForm(
            identityType: "national_id", identityNumber: "1000000008", firstName: " فاطمة ", fatherName: "علي",
            familyName: "الزهراني", phone: "0501234567", city: "الرياض", consent: "on")
        // act
        let registration = try form.parsed().get()
        // assert
        #expect(registration == .mockFatimah)
    }
}
