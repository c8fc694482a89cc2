import Foundation
import Testing

@testable import ManaratDomain

/// Reads a "yyyy-mm-dd" Hijri date from the reference fixture through the validating initialiser.
private func hijriDay(fromFixture text: Substring) -> HijriDay? {
    let parts = text.split(separator: "-")
    guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
        return nil
    }
    return try? HijriDay(year: year, month: month, day: day)
}

/// ICU's Umm al-Qura calendar as Foundation ships it, to show where the official table differs.
private func icuHijri(of day: GregorianDay) -> String {
    let utc = TimeZone(secondsFromGMT: 0)!
    var calendar = Calendar(identifier: .islamicUmmAlQura)
    calendar.timeZone = utc
    let components = calendar.dateComponents([.year, .month, .day], from: day.startOfDay(in: utc))
    return HijriDay(uncheckedYear: components.year!, month: components.month!, day: components.day!).description
}

@Suite("Umm al-Qura conversion")
struct UmmAlQuraTests {
    @Test("every day of the official reference converts exactly, both ways")
    func referenceFileRoundTrips() throws {
        // setup
        let url = try #require(
            Bundle.module.url(forResource: "umm-al-qura-reference", withExtension: "txt", subdirectory: "Fixtures")
        )
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        var mismatches: [String] = []
        var checked = 0

        // act
        for line in lines {
            let columns = line.split(separator: " ")
            guard columns.count == 2,
                let gregorian = GregorianDay(iso: String(columns[0])),
                let hijri = hijriDay(fromFixture: columns[1])
            else {
                mismatches.append("unreadable line: \(line)")
                continue
            }
            checked += 1
            let toHijri = UmmAlQura.hijri(from: gregorian)
            let toGregorian = UmmAlQura.gregorian(from: hijri)
            if toHijri.day != hijri || toHijri.source != .officialTable {
                mismatches.append("\(gregorian) -> \(toHijri.day) (\(toHijri.source)), expected \(hijri)")
            }
            if toGregorian.day != gregorian || toGregorian.source != .officialTable {
                mismatches.append("\(hijri) -> \(toGregorian.day) (\(toGregorian.source)), expected \(gregorian)")
            }
        }

        // assert
        #expect(checked == 55_991, "1924-08-01 through 2077-11-16 is 55,991 days")
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
    }

    @Test(
        "known official dates",
        arguments: [
            (1444, 8, 1, "2023-02-21"),  // policy approval date, 1 Sha'ban 1444
            (1400, 1, 1, "1979-11-20"),  // ICU says the 21st
            (1452, 1, 1, "2030-05-03"),  // ICU says the 4th
            (1345, 5, 31, "1926-12-06"),  // one of the official table's 31-day months
        ]
    )
    func knownPairs(year: Int, month: Int, day: Int, gregorianText: String) throws {
        // setup
        let hijri = try HijriDay(year: year, month: month, day: day)
        let gregorian = try #require(GregorianDay(iso: gregorianText))

        // act
        let toGregorian = UmmAlQura.gregorian(from: hijri)
        let toHijri = UmmAlQura.hijri(from: gregorian)

        // assert
        #expect(toGregorian.day == gregorian)
        #expect(toGregorian.source == .officialTable)
        #expect(toHijri.day == hijri)
        #expect(toHijri.source == .officialTable)
    }

    @Test("the policy approval date, 1 Sha'ban 1444, was a Tuesday")
    func approvalDateWeekday() throws {
        // setup
        let approval = try UmmAlQura.hijri(year: 1444, month: 8, day: 1)

        // act
        let gregorian = UmmAlQura.gregorian(from: approval).day

        // assert
        #expect(gregorian.description == "2023-02-21")
        #expect(gregorian.weekday == .tuesday)
    }

    @Test("ICU alone is a day off on these dates, which is why the table exists")
    func icuDiffersFromOfficialTable() throws {
        // setup
        let before2000 = try #require(GregorianDay(iso: "1979-11-20"))
        let after2029 = try #require(GregorianDay(iso: "2030-05-03"))

        // act
        let officialBefore = UmmAlQura.hijri(from: before2000).day.description
        let officialAfter = UmmAlQura.hijri(from: after2029).day.description
        let icuBefore = icuHijri(of: before2000)
        let icuAfter = icuHijri(of: after2029)

        // assert
        #expect(officialBefore == "1400-01-01")
        #expect(officialAfter == "1452-01-01")
        #expect(icuBefore != officialBefore, "if ICU now agrees, this test can go")
        #expect(icuAfter != officialAfter, "if ICU now agrees, this test can go")
    }

    @Test(
        "impossible Hijri dates are refused with the exact reason, never rolled over",
        arguments: [
            (1444, 13, 1, HijriDateError.monthOutOfRange(13)),
            (1444, 0, 1, HijriDateError.monthOutOfRange(0)),
            (1444, 8, 0, HijriDateError.dayOutOfRange(day: 0, monthLength: 30)),
            (1444, 9, 30, HijriDateError.dayOutOfRange(day: 30, monthLength: 29)),  // Ramadan 1444 had 29 days
            (1444, 8, 31, HijriDateError.dayOutOfRange(day: 31, monthLength: 30)),
            (0, 1, 1, HijriDateError.yearOutOfRange(0)),
            (10_000, 1, 1, HijriDateError.yearOutOfRange(10_000)),
        ]
    )
    func invalidHijriRefused(year: Int, month: Int, day: Int, expected: HijriDateError) {
        // setup
        let components = (year: year, month: month, day: day)

        // act
        let result = Result { () throws(HijriDateError) -> HijriDay in
            try HijriDay(year: components.year, month: components.month, day: components.day)
        }

        // assert
        #expect(throws: expected) { try result.get() }
    }

    @Test("month lengths come from the official table inside its range")
    func monthLengthsFromTable() {
        // setup
        let ramadan1444 = (year: 1444, month: 9)
        let shaban1444 = (year: 1444, month: 8)

        // act
        let ramadanLength = UmmAlQura.monthLength(year: ramadan1444.year, month: ramadan1444.month)
        let shabanLength = UmmAlQura.monthLength(year: shaban1444.year, month: shaban1444.month)
        let irregularLength = UmmAlQura.monthLength(year: 1345, month: 5)

        // assert
        #expect(ramadanLength == 29)
        #expect(shabanLength == 30)
        #expect(irregularLength == 31)
    }

    @Test("dates outside 1343...1500 AH fall back to ICU and say so")
    func outOfRangeIsApproximation() throws {
        // setup
        let early = try HijriDay(year: 1320, month: 1, day: 1)
        let late = try HijriDay(year: 1600, month: 12, day: 1)
        let earlyGregorian = try #require(GregorianDay(iso: "1900-01-01"))
        let lateGregorian = try #require(GregorianDay(iso: "2200-01-01"))

        // act
        let earlyResult = UmmAlQura.gregorian(from: early)
        let lateResult = UmmAlQura.gregorian(from: late)
        let earlyHijri = UmmAlQura.hijri(from: earlyGregorian)
        let lateHijri = UmmAlQura.hijri(from: lateGregorian)

        // assert
        #expect(earlyResult.source == .approximation)
        #expect(lateResult.source == .approximation)
        #expect(earlyResult.day.year == 1902)
        #expect(lateResult.day.year == 2174)
        #expect(earlyHijri.source == .approximation)
        #expect(lateHijri.source == .approximation)
        #expect(UmmAlQura.gregorian(from: earlyHijri.day).day == earlyGregorian)
        #expect(UmmAlQura.gregorian(from: lateHijri.day).day == lateGregorian)
    }

    @Test("the table's first and last days are official, their neighbours outside are not")
    func tableBoundaries() throws {
        // setup
        let first = try #require(GregorianDay(iso: "1924-08-01"))
        let last = try #require(GregorianDay(iso: "2077-11-16"))

        // act
        let firstResult = UmmAlQura.hijri(from: first)
        let lastResult = UmmAlQura.hijri(from: last)
        let beforeResult = UmmAlQura.hijri(from: first.adding(days: -1))
        let afterResult = UmmAlQura.hijri(from: last.adding(days: 1))

        // assert
        #expect(firstResult.day.description == "1343-01-01")
        #expect(firstResult.source == .officialTable)
        #expect(lastResult.day.description == "1500-12-30")
        #expect(lastResult.source == .officialTable)
        #expect(beforeResult.source == .approximation)
        #expect(afterResult.source == .approximation)
        #expect(UmmAlQura.tableYears == 1343...1500)
    }

    @Test("Hijri days encode as text and refuse non-existent days when decoded")
    func hijriCodable() throws {
        // setup
        let day = try HijriDay(year: 1444, month: 8, day: 1)
        let impossible = Data(#"["1444-09-30"]"#.utf8)

        // act
        let encoded = String(decoding: try JSONEncoder().encode([day]), as: UTF8.self)
        let decoded = try JSONDecoder().decode([HijriDay].self, from: Data(encoded.utf8))

        // assert
        #expect(encoded == #"["1444-08-01"]"#)
        #expect(decoded == [day])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([HijriDay].self, from: impossible) }
    }
}

@Suite("GregorianDay")
struct GregorianDayTests {
    @Test(
        "impossible Gregorian dates are refused",
        arguments: ["2023-02-29", "2024-13-01", "2023-04-31", "2023-00-10", "0000-01-01"]
    )
    func invalidDatesRefused(text: String) {
        // setup
        let parts = text.split(separator: "-").compactMap { Int($0) }

        // act
        let built = GregorianDay(year: parts[0], month: parts[1], day: parts[2])
        let parsed = GregorianDay(iso: text)

        // assert
        #expect(built == nil)
        #expect(parsed == nil)
    }

    @Test("29 February of a leap year is accepted")
    func leapDayAccepted() {
        // setup
        let components = (year: 2024, month: 2, day: 29)

        // act
        let day = GregorianDay(year: components.year, month: components.month, day: components.day)

        // assert
        #expect(day?.description == "2024-02-29")
        #expect(GregorianDay(year: 2000, month: 2, day: 29) != nil)
        #expect(GregorianDay(year: 1900, month: 2, day: 29) == nil)
    }

    @Test("ISO text is parsed strictly")
    func isoParsing() {
        // setup
        let inputs = ["2023-02-21", "2023-2-21", "2023/02/21", "2023-02-21 ", "٢٠٢٣-٠٢-٢١"]

        // act
        let parsed = inputs.map { GregorianDay(iso: $0)?.description }

        // assert
        #expect(parsed == ["2023-02-21", nil, nil, nil, nil])
    }

    @Test("Julian Day Numbers match known anchors and round-trip over three centuries")
    func julianDayNumberRoundTrip() throws {
        // setup
        let epoch = try #require(GregorianDay(iso: "1970-01-01"))
        let millennium = try #require(GregorianDay(iso: "2000-01-01"))
        let approval = try #require(GregorianDay(iso: "2023-02-21"))
        let start = try #require(GregorianDay(iso: "1900-01-01"))
        var failures: [String] = []
        var previous = start

        // act
        for julianDayNumber in start.julianDayNumber...(start.julianDayNumber + 109_572) {
            let day = GregorianDay(julianDayNumber: julianDayNumber)
            let isRealDay = GregorianDay(year: day.year, month: day.month, day: day.day) != nil
            if day.julianDayNumber != julianDayNumber || !isRealDay {
                failures.append("JDN \(julianDayNumber) -> \(day)")
            }
            if julianDayNumber > start.julianDayNumber, !(previous < day) {
                failures.append("\(previous) is not before \(day)")
            }
            previous = day
        }

        // assert
        #expect(epoch.julianDayNumber == 2_440_588)
        #expect(millennium.julianDayNumber == 2_451_545)
        #expect(approval.julianDayNumber == 2_459_997)
        #expect(previous.description == "2199-12-31")
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test("weekdays")
    func weekdays() throws {
        // setup
        let approval = try #require(GregorianDay(iso: "2023-02-21"))
        let epoch = try #require(GregorianDay(iso: "1970-01-01"))

        // act
        let approvalWeekday = approval.weekday
        let epochWeekday = epoch.weekday
        let followingWeek = (0..<7).map { approval.adding(days: $0).weekday }

        // assert
        #expect(approvalWeekday == .tuesday)
        #expect(epochWeekday == .thursday)
        #expect(followingWeek == [.tuesday, .wednesday, .thursday, .friday, .saturday, .sunday, .monday])
    }

    @Test("adding days crosses month and year ends")
    func addingDays() throws {
        // setup
        let newYearsEve = try #require(GregorianDay(iso: "2023-12-31"))
        let leapFebruary = try #require(GregorianDay(iso: "2024-02-28"))
        let marchFirst = try #require(GregorianDay(iso: "2023-03-01"))

        // act
        let newYear = newYearsEve.adding(days: 1)
        let leapDay = leapFebruary.adding(days: 1)
        let afterLeapDay = leapFebruary.adding(days: 2)
        let endOfFebruary = marchFirst.adding(days: -1)
        let yearLater = newYearsEve.adding(days: 366)

        // assert
        #expect(newYear.description == "2024-01-01")
        #expect(leapDay.description == "2024-02-29")
        #expect(afterLeapDay.description == "2024-03-01")
        #expect(endOfFebruary.description == "2023-02-28")
        #expect(yearLater.description == "2024-12-31")
        #expect(newYearsEve.days(until: yearLater) == 366)
        #expect(yearLater.days(until: newYearsEve) == -366)
    }

    @Test("an instant just after midnight in Riyadh is the Riyadh day, not the UTC one")
    func dayOfInstantInRiyadh() throws {
        // setup
        let riyadh = try #require(TimeZone(identifier: "Asia/Riyadh"))
        let utc = try #require(TimeZone(secondsFromGMT: 0))
        // 2023-02-20T21:30:00Z is 00:30 on 21 February in Riyadh (UTC+3).
        let justAfterMidnight = Date(timeIntervalSince1970: 1_676_928_600)
        // 2023-02-20T20:59:59Z is 23:59:59 on 20 February in Riyadh.
        let justBeforeMidnight = Date(timeIntervalSince1970: 1_676_926_799)

        // act
        let riyadhDay = GregorianDay(justAfterMidnight, timeZone: riyadh)
        let utcDay = GregorianDay(justAfterMidnight, timeZone: utc)
        let previousRiyadhDay = GregorianDay(justBeforeMidnight, timeZone: riyadh)

        // assert
        #expect(riyadhDay.description == "2023-02-21")
        #expect(utcDay.description == "2023-02-20")
        #expect(previousRiyadhDay.description == "2023-02-20")
    }

    @Test("start of day is local midnight, or the first instant when midnight is skipped")
    func startOfDay() throws {
        // setup
        let riyadh = try #require(TimeZone(identifier: "Asia/Riyadh"))
        let saoPaulo = try #require(TimeZone(identifier: "America/Sao_Paulo"))
        let approval = try #require(GregorianDay(iso: "2023-02-21"))
        // Brazil moved its clocks from 00:00 to 01:00 on this day.
        let skippedMidnight = try #require(GregorianDay(iso: "2018-11-04"))

        // act
        let riyadhStart = approval.startOfDay(in: riyadh)
        let saoPauloStart = skippedMidnight.startOfDay(in: saoPaulo)

        // assert
        #expect(riyadhStart.timeIntervalSince1970 == 1_676_926_800)  // 2023-02-20T21:00:00Z
        #expect(saoPauloStart.timeIntervalSince1970 == 1_541_300_400)  // 2018-11-04T03:00:00Z
        #expect(GregorianDay(riyadhStart, timeZone: riyadh) == approval)
        #expect(GregorianDay(saoPauloStart, timeZone: saoPaulo) == skippedMidnight)
    }

    @Test("Gregorian days encode as ISO text and refuse non-existent days when decoded")
    func gregorianCodable() throws {
        // setup
        let day = try #require(GregorianDay(iso: "2023-02-21"))
        let impossible = Data(#"["2023-02-30"]"#.utf8)

        // act
        let encoded = String(decoding: try JSONEncoder().encode([day]), as: UTF8.self)
        let decoded = try JSONDecoder().decode([GregorianDay].self, from: Data(encoded.utf8))

        // assert
        #expect(encoded == #"["2023-02-21"]"#)
        #expect(decoded == [day])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([GregorianDay].self, from: impossible) }
    }
}
