import Foundation
import Testing

@testable import ManaratDomain

/// The CLDR plural rules for Arabic and English whole numbers, checked against the CLDR's own
/// examples for each category.
@Suite("Plural categories (CLDR)")
struct PluralCategoryTests {
    /// CLDR's integer samples for Arabic, by category.
    static let arabic: [(PluralCategory, [Int])] = [
        (.zero, [0]),
        (.one, [1]),
        (.two, [2]),
        (.few, [3, 4, 9, 10, 103, 104, 110, 1003, 1010]),
        (.many, [11, 12, 26, 99, 111, 199, 1011, 1099]),
        (.other, [100, 101, 102, 200, 201, 202, 300, 1000, 1001, 1002, 10000]),
    ]

    @Test("Arabic: every CLDR sample falls in its category", arguments: Self.arabic)
    func arabicSamples(category: PluralCategory, samples: [Int]) {
        // act
        let found = samples.map { PluralCategory($0, in: .arabic) }
        // assert
        #expect(found == Array(repeating: category, count: samples.count), "samples \(samples)")
    }

    @Test("English: one for 1, other for everything else")
    func englishSamples() {
        // act
        let found = [0, 1, 2, 3, 11, 100, 101].map { PluralCategory($0, in: .english) }
        // assert
        #expect(found == [.other, .one, .other, .other, .other, .other, .other])
    }

    @Test("every whole number up to 10 000 falls in exactly the category its last two digits say")
    func arabicByLastTwoDigits() {
        // act
        let wrong = (3...10_000).filter { n in
            let expected: PluralCategory =
                (3...10).contains(n % 100) ? .few : (11...99).contains(n % 100) ? .many : .other
            return PluralCategory(n, in: .arabic) != expected
        }
        // assert
        #expect(wrong.isEmpty, "first wrong: \(wrong.prefix(5))")
    }
}
