import Testing

@testable import ManaratDomain

@Suite("Saudi mobile numbers")
struct SaudiMobileTests {
    @Test(
        "a mobile number typed in any usual shape becomes +9665XXXXXXXX",
        arguments: [
            "0501234567",
            "501234567",
            "+966501234567",
            "00966501234567",
            "966501234567",
            "050 123 4567",
            "050-123-4567",
            "+966 50 123 4567",
            "٠٥٠١٢٣٤٥٦٧",
            "۰۵۰۱۲۳۴۵۶۷",
            "+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧",
            "  (050) 123-4567  ",
            "\u{200E}+966 50 123 4567\u{200E}",
        ]
    )
    func accepted(text: String) {
        // setup
        let expected = "+966501234567"

        // act
        let result = SaudiMobile.normalized(text)

        // assert
        #expect(result == .success(expected))
    }

    @Test("blank input is refused as empty", arguments: ["", "   ", "\u{200F}", " - "])
    func empty(text: String) {
        // setup
        let input = text

        // act
        let result = SaudiMobile.normalized(input)

        // assert
        #expect(result == .failure(.empty))
    }

    @Test(
        "landlines, foreign numbers, wrong lengths and letters are refused",
        arguments: [
            "0112345678",
            "112345678",
            "+966112345678",
            "+971501234567",
            "0097150123456",
            "05012345678",
            "050123456",
            "50123456",
            "+9665012345678",
            "96650123456",
            "05O1234567",
            "05+01234567",
            "+",
            "abc",
        ]
    )
    func refused(text: String) {
        // setup
        let input = text

        // act
        let result = SaudiMobile.normalized(input)

        // assert
        #expect(result == .failure(.notASaudiMobile))
    }

    @Test("a stored number is shown as +966 5X XXX XXXX")
    func display() {
        // setup
        let stored = "+966551234567"

        // act
        let shown = SaudiMobile.display(stored)

        // assert
        #expect(shown == "+966 55 123 4567")
    }

    @Test("a number in another shape is shown in the same display form")
    func displayNormalizesFirst() {
        // setup
        let stored = "٠٥٥١٢٣٤٥٦٧"

        // act
        let shown = SaudiMobile.display(stored)

        // assert
        #expect(shown == "+966 55 123 4567")
    }

    @Test("text that is not a Saudi mobile is shown exactly as stored")
    func displayLeavesOtherTextAlone() {
        // setup
        let stored = "+971 50 123 4567"

        // act
        let shown = SaudiMobile.display(stored)

        // assert
        #expect(shown == stored)
    }
}
