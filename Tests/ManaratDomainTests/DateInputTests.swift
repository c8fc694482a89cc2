import Testing

@testable import ManaratDomain

@Suite("Typed date input")
struct DateInputTests {
    @Test(
        "Hijri input in the usual shapes becomes the official Gregorian day",
        arguments: [
            "١٤٤٤/٠٨/٠١",
            "1444/08/01",
            "1444-8-1",
            "1444.08.01",
            "01/08/1444",
            "١/٨/١٤٤٤ هـ",
            "1444/08/01هـ",
            "1444/08/01 ه",
            "1444/08/01 AH",
            "  1444 / 08 / 01  ",
            "\u{200F}١٤٤٤/٠٨/٠١\u{200F}",
            "۱۴۴۴/۰۸/۰۱",
        ]
    )
    func hijriAccepted(text: String) {
        // setup
        let expected = GregorianDay(year: 2023, month: 2, day: 21)

        // act
        let result = DateInput.parse(text, calendar: .hijri)

        // assert
        #expect(result == .success(expected!))
    }

    @Test(
        "Gregorian input in the usual shapes is read as that day",
        arguments: ["21/02/2023", "2023-02-21", "21.2.2023", "٢١/٠٢/٢٠٢٣", "21/02/2023 م", "2023/2/21م"]
    )
    func gregorianAccepted(text: String) {
        // setup
        let expected = GregorianDay(year: 2023, month: 2, day: 21)

        // act
        let result = DateInput.parse(text, calendar: .gregorian)

        // assert
        #expect(result == .success(expected!))
    }

    @Test("the last day of a 30-day Hijri month is accepted")
    func lastDayOfLongMonth() {
        // setup
        // Sha'ban 1444 had 30 days, so its 30th exists.
        let text = "1444/08/30"

        // act
        let result = DateInput.parse(text, calendar: .hijri)

        // assert
        #expect(result == .success(GregorianDay(year: 2023, month: 3, day: 22)!))
    }

    @Test("a day past the end of a Hijri month is refused, not rolled over")
    func hijriDayPastMonthEnd() {
        // setup
        // Ramadan 1444 had 29 days.
        let text = "1444/09/30"

        // act
        let result = DateInput.parse(text, calendar: .hijri)

        // assert
        #expect(result == .failure(.invalidHijri(.dayOutOfRange(day: 30, monthLength: 29))))
    }

    @Test("an impossible Hijri month is refused with its reason")
    func hijriMonthOutOfRange() {
        // setup
        let text = "1444/13/01"

        // act
        let result = DateInput.parse(text, calendar: .hijri)

        // assert
        #expect(result == .failure(.invalidHijri(.monthOutOfRange(13))))
    }

    @Test("an impossible Gregorian day is refused")
    func invalidGregorian() {
        // setup
        let texts = ["29/02/2023", "2023/13/01", "2023/04/31"]

        // act
        let results = texts.map { DateInput.parse($0, calendar: .gregorian) }

        // assert
        #expect(results.allSatisfy { $0 == .failure(.invalidGregorian) })
    }

    @Test("blank input is reported as empty")
    func emptyInput() {
        // setup
        let texts = ["", "   ", "\n\t"]

        // act
        let results = texts.map { DateInput.parse($0, calendar: .hijri) }

        // assert
        #expect(results.allSatisfy { $0 == .failure(.empty) })
    }

    @Test(
        "anything that is not a date in an accepted shape is unreadable",
        arguments: [
            "garbage",
            "1444/08",
            "1444/08/01/02",
            "44/08/01",
            "1444/008/01",
            "1444-08/01",
            "1444//01",
            "1444/08/01 x",
            "14440801",
            "21/02/23",
        ]
    )
    func unreadable(text: String) {
        // setup
        let calendars = DateInputCalendar.allCases

        // act
        let results = calendars.map { DateInput.parse(text, calendar: $0) }

        // assert
        #expect(results.allSatisfy { $0 == .failure(.unreadable) })
    }

    @Test("an era mark of the other calendar is refused rather than ignored")
    func mismatchedEraMark() {
        // setup
        let hijriText = "1444/08/01 هـ"
        let gregorianText = "21/02/2023 م"

        // act
        let hijriInGregorianField = DateInput.parse(hijriText, calendar: .gregorian)
        let gregorianInHijriField = DateInput.parse(gregorianText, calendar: .hijri)

        // assert
        #expect(hijriInGregorianField == .failure(.unreadable))
        #expect(gregorianInHijriField == .failure(.unreadable))
    }

    @Test("Hijri input outside the official table still converts, through ICU")
    func hijriOutsideTable() {
        // setup
        let text = "1320/01/01"

        // act
        let result = DateInput.parse(text, calendar: .hijri)

        // assert
        // The exact day is ICU's to decide; only the era is checked.
        #expect((try? result.get())?.year == 1902)
    }

    @Test("a year of the other calendar is refused as such, not read five centuries away")
    func otherCalendarYear() {
        // setup
        let cases: [(String, DateInputCalendar)] = [
            ("21/02/2023", .hijri), ("1/8/1444", .gregorian), ("1/8/1444", .hijri), ("21/2/2023", .gregorian),
        ]
        // act
        let results = cases.map { DateInput.parse($0.0, calendar: $0.1) }
        // assert
        #expect(results[0] == .failure(.otherCalendar(.gregorian)))
        #expect(results[1] == .failure(.otherCalendar(.hijri)))
        #expect(results[2] == .success(GregorianDay(year: 2023, month: 2, day: 21)!))
        #expect(results[3] == .success(GregorianDay(year: 2023, month: 2, day: 21)!))
    }
}
