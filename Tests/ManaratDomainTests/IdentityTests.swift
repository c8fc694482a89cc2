import Foundation
import Testing

@testable import ManaratDomain

@Suite("Identity numbers")
struct IdentityTests {
    @Test(
        "a national ID typed in any digits and with stray spaces is stored as ten Latin digits",
        arguments: [
            "١٠٠٠٠٠٠٠٠٨", "1000000008", "  1000000008  ", "1000 000 008", "\u{200F}١٠٠٠٠٠٠٠٠٨\u{200F}", "۱۰۰۰۰۰۰۰۰۸",
        ]
    )
    func nationalIDNormalized(text: String) {
        // setup
        let type = IdentityType.nationalID

        // act
        let result = IdentityNumber.parse(text, type: type)

        // assert
        let parsed = try? result.get()
        #expect(parsed?.value == "1000000008")
        #expect(parsed?.type == .nationalID)
    }

    @Test(
        "national IDs and iqamas whose check digit matches are accepted",
        arguments: [
            ("1000000008", IdentityType.nationalID),
            ("1012345672", IdentityType.nationalID),
            ("1987654322", IdentityType.nationalID),
            ("2000000006", IdentityType.iqama),
            ("2345678904", IdentityType.iqama),
            ("2456789011", IdentityType.iqama),
        ]
    )
    func validChecksums(text: String, type: IdentityType) {
        // setup
        let expectedValue = text

        // act
        let result = IdentityNumber.parse(text, type: type)

        // assert
        #expect((try? result.get())?.value == expectedValue)
    }

    @Test(
        "a mistyped check digit is refused",
        arguments: [
            ("1000000009", IdentityType.nationalID),
            ("1012345673", IdentityType.nationalID),
            ("2000000007", IdentityType.iqama),
            ("2345678905", IdentityType.iqama),
            ("2456789010", IdentityType.iqama),
        ]
    )
    func checksumFailure(text: String, type: IdentityType) {
        // setup
        let expected = IdentityProblem.checksumFailed

        // act
        let result = IdentityNumber.parse(text, type: type)

        // assert
        #expect(result == .failure(expected))
    }

    @Test("the check counts digits from the left, doubling the first, third and so on")
    func luhnPositions() {
        // setup
        // Doubling the 1 at position 0 gives 2, and 2 + 8 = 10; doubling the
        // last digit instead would give 1 + 16 - 9 = 8, which is not valid.
        let digits = "1000000008"
        let swapped = "8000000001"

        // act
        let valid = IdentityNumber.passesLuhn(digits)
        let invalid = IdentityNumber.passesLuhn(swapped)

        // assert
        #expect(valid)
        #expect(!invalid)
    }

    @Test(
        "ten-digit Saudi numbers of the wrong length are refused with the expected length",
        arguments: [
            ("100000000", IdentityType.nationalID),
            ("10000000008", IdentityType.nationalID),
            ("٢٠٠٠٠٠٠٠٠", IdentityType.iqama),
            ("312345678", IdentityType.borderNumber),
        ]
    )
    func wrongLength(text: String, type: IdentityType) {
        // setup
        let expected = IdentityProblem.wrongLength(expected: 10)

        // act
        let result = IdentityNumber.parse(text, type: type)

        // assert
        #expect(result == .failure(expected))
    }

    @Test("a number that starts with the wrong digit names the digit it must start with")
    func wrongFirstDigit() {
        // setup
        let iqamaAsNationalID = "2000000006"
        let nationalIDAsIqama = "1000000008"
        let wrongBorderNumber = "5123456789"

        // act
        let nationalID = IdentityNumber.parse(iqamaAsNationalID, type: .nationalID)
        let iqama = IdentityNumber.parse(nationalIDAsIqama, type: .iqama)
        let border = IdentityNumber.parse(wrongBorderNumber, type: .borderNumber)

        // assert
        #expect(nationalID == .failure(.mustStartWith("1")))
        #expect(iqama == .failure(.mustStartWith("2")))
        #expect(border == .failure(.mustStartWith("3")))
    }

    @Test(
        "border numbers start with 3 or 4 and carry no check digit",
        arguments: ["3000000001", "3000000002", "4123456789"])
    func borderNumbers(text: String) {
        // setup
        let type = IdentityType.borderNumber

        // act
        let result = IdentityNumber.parse(text, type: type)

        // assert
        #expect((try? result.get())?.value == text)
    }

    @Test(
        "letters or symbols in a numeric identity are refused",
        arguments: [
            ("10000000O8", IdentityType.nationalID),
            ("2000-000006", IdentityType.iqama),
            ("3A00000001", IdentityType.borderNumber),
            ("12345X", IdentityType.gccID),
        ]
    )
    func notDigits(text: String, type: IdentityType) {
        // setup
        let expected = IdentityProblem.notDigits

        // act
        let result = IdentityNumber.parse(text, type: type)

        // assert
        #expect(result == .failure(expected))
    }

    @Test("blank input is refused as empty for every type", arguments: IdentityType.allCases)
    func empty(type: IdentityType) {
        // setup
        let text = "  \u{200F} "

        // act
        let result = IdentityNumber.parse(text, type: type)

        // assert
        #expect(result == .failure(.empty))
    }

    @Test("a GCC ID has 6 to 15 digits")
    func gccLengths() throws {
        // setup
        let shortest = "123456"
        let longest = "123456789012345"

        // act
        let shortestResult = try IdentityNumber.parse(shortest, type: .gccID).get()
        let longestResult = try IdentityNumber.parse(longest, type: .gccID).get()
        let tooShort = IdentityNumber.parse("12345", type: .gccID)
        let tooLong = IdentityNumber.parse("1234567890123456", type: .gccID)
        let arabicDigits = IdentityNumber.parse("١٢٣٤٥٦٧", type: .gccID)

        // assert
        #expect(shortestResult.value == shortest)
        #expect(longestResult.value == longest)
        #expect(tooShort == .failure(.wrongLength(expected: 6)))
        #expect(tooLong == .failure(.tooLong(maximum: 15)))
        #expect((try? arabicDigits.get())?.value == "1234567")
    }

    @Test("a passport number is 6 to 12 ASCII letters and digits, stored in capitals")
    func passports() throws {
        // setup
        let typed = " a1234567 "

        // act
        let parsed = try IdentityNumber.parse(typed, type: .passport).get()
        let longest = IdentityNumber.parse("AB1234567890", type: .passport)
        let tooShort = IdentityNumber.parse("A1234", type: .passport)
        let tooLong = IdentityNumber.parse("AB12345678901", type: .passport)

        // assert
        #expect(parsed == (try IdentityNumber.parse("A1234567", type: .passport).get()))
        #expect(parsed.value == "A1234567")
        #expect(parsed.type == .passport)
        #expect((try? longest.get())?.value == "AB1234567890")
        #expect(tooShort == .failure(.wrongLength(expected: 6)))
        #expect(tooLong == .failure(.tooLong(maximum: 12)))
    }

    @Test(
        "a passport number with non-ASCII letters or symbols is refused",
        arguments: ["A12-34567", "جواز12345", "É1234567", "A1234567!"])
    func passportCharacters(text: String) {
        // setup
        let type = IdentityType.passport

        // act
        let result = IdentityNumber.parse(text, type: type)

        // assert
        #expect(result == .failure(.invalidCharacters))
    }

    @Test("the same number as a different document type is a different identity")
    func typeIsPartOfIdentity() throws {
        // setup
        let asGCC = try IdentityNumber.parse("1000000008", type: .gccID).get()

        // act
        let asNational = try IdentityNumber.parse("1000000008", type: .nationalID).get()

        // assert
        #expect(asGCC != asNational)
    }

    @Test("a document is valid through its expiry day and expired from the day after")
    func expiry() throws {
        // setup
        let expiresOn = try #require(GregorianDay(year: 2025, month: 3, day: 10))

        // act
        let dayBefore = IdentityNumber.isExpired(expiresOn: expiresOn, on: expiresOn.adding(days: -1))
        let sameDay = IdentityNumber.isExpired(expiresOn: expiresOn, on: expiresOn)
        let dayAfter = IdentityNumber.isExpired(expiresOn: expiresOn, on: expiresOn.adding(days: 1))
        let unknown = IdentityNumber.isExpired(expiresOn: nil, on: expiresOn.adding(days: 10_000))

        // assert
        #expect(!dayBefore)
        #expect(!sameDay)
        #expect(dayAfter)
        #expect(!unknown)
    }

    @Test("a stored identity round-trips through JSON")
    func codable() throws {
        // setup
        let identity = try IdentityNumber.parse("2345678904", type: .iqama).get()

        // act
        let data = try JSONEncoder().encode(identity)
        let decoded = try JSONDecoder().decode(IdentityNumber.self, from: data)

        // assert
        #expect(decoded == identity)
        #expect(decoded.type == .iqama)
        #expect(decoded.value == "2345678904")
    }
}
