import Foundation
import ManaratDomain
import Testing

@Suite("Saudi IBAN")
struct IBANTests {
    @Test(
        "an IBAN typed in groups, in lower case or with Arabic-Indic digits is the same IBAN, printed in groups of four"
    )
    func typedForms() throws {
        // setup
        let typed = [
            "SA0380000000608010167519", "sa03 8000 0000 6080 1016 7519", "SA03-8000-0000-6080-1016-7519",
            "SA٠٣٨٠٠٠٠٠٠٠٦٠٨٠١٠١٦٧٥١٩", "\u{200F}SA03 8000 0000 6080 1016 7519",
        ]
        // act
        let parsed = try typed.map { try IBAN.parse($0).get() }
        // assert
        #expect(Set(parsed.map(\.value)) == ["SA0380000000608010167519"])
        #expect(parsed[0].description == "SA03 8000 0000 6080 1016 7519")
        #expect(parsed[0].masked.hasSuffix("7519") && !parsed[0].masked.contains("6080"))
    }

    @Test(
        "a mistyped character, a foreign or short number and an empty field are refused with the reason",
        arguments: [
            ("SA0380000000608010167518", IBAN.Problem.checksumFailed), ("SA0380000000608010167591", .checksumFailed),
            ("GB29NWBK60161331926819", .notSaudi), ("SA03800000006080101675", .notSaudi),
            ("SAXX80000000608010167519", .notSaudi), ("  ", .empty),
        ])
    func refused(text: String, problem: IBAN.Problem) {
        // act
        let result = IBAN.parse(text)
        // assert
        #expect(result == .failure(problem))
    }

    @Test("changing any one digit of a valid IBAN is always caught")
    func everySingleDigitError() {
        // setup
        let valid = Array("SA0380000000608010167519")
        var missed: [String] = []
        // act
        for position in 2..<valid.count {
            for digit in "0123456789" where digit != valid[position] {
                var changed = valid
                changed[position] = digit
                if case .success = IBAN.parse(String(changed)) { missed.append(String(changed)) }
            }
        }
        // assert
        #expect(missed.isEmpty, "accepted: \(missed)")
    }
}
