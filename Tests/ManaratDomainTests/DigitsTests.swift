import Testing

@testable import ManaratDomain

@Suite("Digits")
struct DigitsTests {
    @Test("Arabic-Indic digits become ASCII digits")
    func arabicIndic() {
        // setup
        let text = "٠١٢٣٤٥٦٧٨٩"

        // act
        let latin = Digits.latinized(text)

        // assert
        #expect(latin == "0123456789")
    }

    @Test("extended (Persian) Arabic-Indic digits become ASCII digits")
    func extendedArabicIndic() {
        // setup
        let text = "۰۱۲۳۴۵۶۷۸۹"

        // act
        let latin = Digits.latinized(text)

        // assert
        #expect(latin == "0123456789")
    }

    @Test("everything that is not a digit is left exactly as it was")
    func otherTextUntouched() {
        // setup
        let text = "رقم الهوية ١٠٢٣-abc ۴5 ٫،\u{200F}"

        // act
        let latin = Digits.latinized(text)

        // assert
        #expect(latin == "رقم الهوية 1023-abc 45 ٫،\u{200F}")
        #expect(Digits.latinized("") == "")
        #expect(Digits.latinized("2023/02/21") == "2023/02/21")
    }
}
