import Foundation
import ManaratDomain
import PropertyBased
import Testing

/// The domain rules checked on generated inputs rather than on examples: a failure prints the
/// input (shrunk to the smallest that still fails) and the seed that reproduces it.
@Suite("Domain rules hold for generated inputs (property-based)")
struct DomainPropertyTests {
    /// What people type into a name or description field: Arabic letters with their hamza forms,
    /// ta marbuta and alef maqsura, vowel marks and tatweel, Persian keyboard look-alikes, both
    /// kinds of digits, spaces and punctuation, invisible direction marks, accented Latin letters.
    static let typedCharacters: [Character] =
        Array(
            "ابتثجحخدذرسشصضطظعغفقكلمنهوي" + "أإآٱةىؤئ" + "یک" + "\u{0640}" + "٠١٢٣٤٥٦٧٨٩0123456789" + "  .,،؛-/"
                + "abcXYZéÉ"
        ) + [
            "\u{064E}", "\u{064F}", "\u{0650}", "\u{0651}", "\u{0652}", "\u{064B}", "\u{200F}", "\u{200E}", "\u{202E}",
        ]
    static let typedText = Gen<Character?>.element(of: typedCharacters).map { $0! }.string(of: 0...30)

    /// Plain Arabic letters only, to which marks are then added.
    static let plainLetters: [Character] = Array("ابتثجحخدذرسشصضطظعغفقكلمنهوي ")
    static let plainText = Gen<Character?>.element(of: plainLetters).map { $0! }.string(of: 1...20)
    static let marks: [String] = ["\u{064E}", "\u{064F}", "\u{0650}", "\u{0651}", "\u{0652}", "\u{0640}", "\u{200F}"]

    @Test(
        "normalizing for search is idempotent and leaves no vowel mark, tatweel, direction mark, Arabic-Indic digit or doubled space"
    )
    func normalizerIsIdempotentAndClean() async {
        await propertyCheck(count: 500, input: Self.typedText) { text in
            // act
            let once = ArabicText.normalizedForSearch(text)
            // assert
            #expect(ArabicText.normalizedForSearch(once) == once)
            let leftovers = once.unicodeScalars.filter {
                (0x064B...0x0652).contains($0.value) || $0.value == 0x0640
                    || [0x200E, 0x200F, 0x202E].contains($0.value) || (0x0660...0x0669).contains($0.value)
            }
            #expect(leftovers.isEmpty)
            #expect(!once.contains("  ") && !once.hasPrefix(" ") && !once.hasSuffix(" "))
        }
    }

    @Test("vowel marks, tatweel and direction marks typed between the letters never change what a search finds")
    func marksDoNotChangeTheSearchForm() async {
        await propertyCheck(count: 300, input: Self.plainText, Gen.int(in: 0...Int.max)) { text, seed in
            // setup
            var generator = SplitMix(seed: UInt64(truncatingIfNeeded: seed))
            var marked = ""
            for character in text {
                marked.append(character)
                if character != " ", Bool.random(using: &generator) {
                    marked += Self.marks.randomElement(using: &generator)!
                }
            }
            // act
            let plain = ArabicText.normalizedForSearch(text)
            let withMarks = ArabicText.normalizedForSearch(marked)
            // assert
            #expect(withMarks == plain)
            #expect(ArabicText.wordStems(marked) == ArabicText.wordStems(text))
        }
    }

    @Test(
        "for any nine digits after a 1, exactly one check digit makes a valid national ID, and changing any one digit of it is refused"
    )
    func nationalIDCheckDigit() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...99_999_999).map { String(format: "1%08d", $0) }) {
            prefix in
            // act
            let valid = (0...9).map { prefix + String($0) }.filter {
                (try? IdentityNumber.parse($0, type: .nationalID).get()) != nil
            }
            // assert
            #expect(valid.count == 1)
            guard let number = valid.first else { return }
            for position in 0..<10 {
                for digit in "0123456789" where digit != Array(number)[position] {
                    var changed = Array(number)
                    changed[position] = digit
                    #expect(
                        (try? IdentityNumber.parse(String(changed), type: .nationalID).get()) == nil,
                        "\(String(changed)) accepted")
                }
            }
        }
    }

    @Test("an ID typed in Arabic-Indic digits, in groups or with direction marks is the same ID")
    func identityTypingVariants() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...99_999_999).map { String(format: "1%08d", $0) }) {
            prefix in
            // setup
            guard
                let number = (0...9).map({ prefix + String($0) }).first(where: {
                    (try? IdentityNumber.parse($0, type: .nationalID).get()) != nil
                })
            else { return }
            let arabicIndic = String(number.map { Character(Unicode.Scalar(0x0660 + Int(String($0))!)!) })
            let grouped = "\u{200F}" + number.prefix(4) + " " + number.dropFirst(4) + " "
            // act
            let forms = [arabicIndic, grouped].map { try? IdentityNumber.parse($0, type: .nationalID).get().value }
            // assert
            #expect(forms == [number, number])
        }
    }

    /// Days in the official Umm al-Qura table (1 August 1924 to 16 November 2077).
    static let tableDays = Gen.int(
        in: GregorianDay(year: 1924, month: 8, day: 1)!
            .julianDayNumber...GregorianDay(year: 2077, month: 11, day: 15)!.julianDayNumber
    )
    .map { GregorianDay(julianDayNumber: $0) }

    @Test(
        "every Gregorian day in the official table goes to Hijri and back to itself, and the next day is the next Hijri day"
    )
    func hijriRoundTrip() async {
        await propertyCheck(count: 1_000, input: Self.tableDays) { day in
            // act
            let (hijri, source) = UmmAlQura.hijri(from: day)
            let (back, backSource) = UmmAlQura.gregorian(from: hijri)
            let next = UmmAlQura.hijri(from: day.adding(days: 1)).day
            // assert
            #expect(source == .officialTable && backSource == .officialTable)
            #expect(back == day)
            // The official table keeps eight historical months of 28 or 31 days, the last in 1364 AH.
            let length = UmmAlQura.monthLength(year: hijri.year, month: hijri.month)
            #expect(hijri.year <= 1364 ? (28...31).contains(length) : (29...30).contains(length))
            if hijri.day < length {
                #expect((next.year, next.month, next.day) == (hijri.year, hijri.month, hijri.day + 1))
            } else {
                #expect(
                    next.day == 1 && (next.month == hijri.month % 12 + 1)
                        && next.year == hijri.year + (hijri.month == 12 ? 1 : 0))
            }
        }
    }

    @Test(
        "adding N working days lands on a working day with exactly N working days after the start, whatever the holidays"
    )
    func workingDaysAddUp() async {
        let start = Gen.int(
            in: GregorianDay(year: 2023, month: 1, day: 1)!
                .julianDayNumber...GregorianDay(year: 2030, month: 12, day: 31)!.julianDayNumber)
        let holidayOffsets = Gen.int(in: 0...40).array(of: 0...8)
        await propertyCheck(count: 300, input: start, Gen.int(in: 1...30), holidayOffsets) {
            startNumber, count, offsets in
            // setup
            let first = GregorianDay(julianDayNumber: startNumber)
            let calendar = WorkingCalendar(holidays: Set(offsets.map { first.adding(days: $0) }))
            // act
            let due = calendar.adding(workingDays: count, to: first)
            // assert
            #expect(calendar.isWorkingDay(due))
            #expect(due.weekday != .friday && due.weekday != .saturday)
            #expect(calendar.workingDays(after: first, through: due) == count)
            #expect(calendar.workingDays(after: first, through: due.adding(days: -1)) == count - 1)
        }
    }
}

/// A small seeded generator, so the marks a test inserts come from the checked input itself.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
