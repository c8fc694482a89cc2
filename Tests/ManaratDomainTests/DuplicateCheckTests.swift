import Testing

@testable import ManaratDomain

@Suite("Duplicate beneficiary check")
struct DuplicateCheckTests {
    let birthDate = GregorianDay(year: 1990, month: 5, day: 14)!
    let otherBirthDate = GregorianDay(year: 1991, month: 5, day: 14)!

    @Test("the same person spelled with and without hamza and alef maqsura, born the same day, is a strong match")
    func spellingVariantsWithBirthDate() throws {
        // setup
        let candidate = PersonFingerprint(fullName: "أحمد محمد العتيبي", bornOn: birthDate, phones: [])
        let existing = PersonFingerprint(fullName: "احمد محمد العتيبى", bornOn: birthDate, phones: ["+966501234567"])

        // act
        let match = try #require(DuplicateCheck.match(candidate, against: existing))

        // assert
        #expect(match.score >= 90)
        #expect(match.reasons == [.similarName, .sameBirthDate])
    }

    @Test("the same name with a different birth date and no shared phone is not a duplicate")
    func sameNameDifferentBirthDate() {
        // setup
        let candidate = PersonFingerprint(fullName: "أحمد محمد العتيبي", bornOn: birthDate, phones: ["+966501234567"])
        let existing = PersonFingerprint(
            fullName: "أحمد محمد العتيبي", bornOn: otherBirthDate, phones: ["+966551234567"])

        // act
        let match = DuplicateCheck.match(candidate, against: existing)

        // assert
        #expect(match == nil)
    }

    @Test("the same name with unknown birth dates and no phones is not a duplicate")
    func sameNameNoEvidence() {
        // setup
        let candidate = PersonFingerprint(fullName: "نورة سعد الدوسري", bornOn: nil, phones: [])
        let existing = PersonFingerprint(fullName: "نورة سعد الدوسري", bornOn: nil, phones: [])

        // act
        let match = DuplicateCheck.match(candidate, against: existing)

        // assert
        #expect(match == nil)
    }

    @Test(
        "different people sharing a phone, including brothers, are not duplicates",
        arguments: [
            ("سارة خالد الشمري", "محمد عبدالله القحطاني"),
            ("أحمد محمد العتيبي", "خالد محمد العتيبي"),
            ("فهد عبدالعزيز سعد الحربي", "سلطان عبدالعزيز سعد الحربي"),
            ("نورة سعد الدوسري", "سعد الدوسري"),
        ]
    )
    func differentNamesSamePhone(first: String, second: String) {
        // setup
        let candidate = PersonFingerprint(fullName: first, bornOn: birthDate, phones: ["+966501234567"])
        let existing = PersonFingerprint(fullName: second, bornOn: otherBirthDate, phones: ["+966501234567"])

        // act
        let match = DuplicateCheck.match(candidate, against: existing)

        // assert
        #expect(match == nil)
    }

    @Test("a similar name with a shared phone typed in another shape is a match")
    func sharedPhoneInAnotherShape() throws {
        // setup
        let candidate = PersonFingerprint(fullName: "فاطمة علي الزهراني", bornOn: nil, phones: ["٠٥٠ ١٢٣ ٤٥٦٧"])
        let existing = PersonFingerprint(
            fullName: "فاطمه علي الزهراني", bornOn: birthDate, phones: ["+966551111111", "+966501234567"])

        // act
        let match = try #require(DuplicateCheck.match(candidate, against: existing))

        // assert
        #expect(match.reasons == [.similarName, .samePhone])
        #expect(match.score == 90)
    }

    @Test("an identical name with the same birth date and a shared phone scores 100")
    func allEvidence() throws {
        // setup
        let candidate = PersonFingerprint(
            fullName: "مريم عبدالله الغامدي", bornOn: birthDate, phones: ["+966501234567"])
        let existing = PersonFingerprint(
            fullName: "مريم عبد الله الغامدي", bornOn: birthDate, phones: ["+966501234567"])

        // act
        let match = try #require(DuplicateCheck.match(candidate, against: existing))

        // assert
        #expect(match.score == 100)
        #expect(match.reasons == Set(DuplicateMatch.Reason.allCases))
    }

    @Test("a less similar name gives a lower score for the same evidence")
    func scoreFollowsSimilarity() throws {
        // setup
        let exact = PersonFingerprint(fullName: "عبدالرحمن صالح القحطاني", bornOn: birthDate, phones: [])
        let misspelled = PersonFingerprint(fullName: "عبدالرحمان صالح القحطانى", bornOn: birthDate, phones: [])
        let misspelledSimilarity = DuplicateCheck.nameSimilarity(exact.fullName, misspelled.fullName)

        // act
        let exactMatch = try #require(DuplicateCheck.match(exact, against: exact))
        let misspelledMatch = try #require(DuplicateCheck.match(misspelled, against: exact))

        // assert
        #expect(misspelledSimilarity >= 0.75 && misspelledSimilarity < 1)
        #expect(exactMatch.score == 90)
        #expect(misspelledMatch.score < exactMatch.score)
        #expect(misspelledMatch.score >= 75)
    }

    @Test(
        "the same words in another order are similar names",
        arguments: [
            ("أحمد محمد العتيبي", "العتيبي أحمد محمد"),
            ("سارة خالد الشمري", "الشمري سارة خالد"),
            ("محمد عبدالله", "عبدالله محمد"),
        ]
    )
    func reordered(first: String, second: String) {
        // setup
        let threshold = 0.75

        // act
        let similarity = DuplicateCheck.nameSimilarity(first, second)

        // assert
        #expect(similarity >= threshold)
    }

    @Test(
        "names written with and without a split compound, son-of or spelling variants are near identical",
        arguments: [
            ("عبد الله سعد", "عبدالله سعد"),
            ("محمد بن سلمان", "محمد سلمان"),
            ("أبو بكر صالح", "ابوبكر صالح"),
            ("مُحَمَّد عبـــدالله", "محمد عبدالله"),
        ]
    )
    func equivalentSpellings(first: String, second: String) {
        // setup
        let expected = 1.0

        // act
        let similarity = DuplicateCheck.nameSimilarity(first, second)

        // assert
        #expect(similarity == expected)
    }

    @Test("a name compared with itself scores 1, and the comparison is symmetric")
    func identityAndSymmetry() {
        // setup
        let a = "هند ناصر المطيري"
        let b = "هند ناصر المطيرى"
        let c = "هيفاء ناصر"

        // act
        let same = DuplicateCheck.nameSimilarity(a, a)
        let forward = DuplicateCheck.nameSimilarity(a, c)
        let backward = DuplicateCheck.nameSimilarity(c, a)

        // assert
        #expect(same == 1)
        #expect(DuplicateCheck.nameSimilarity(a, b) == 1)
        #expect(forward == backward)
        #expect(forward < 0.75)
    }

    @Test("unrelated names score low and an empty name scores 0")
    func unrelatedAndEmpty() {
        // setup
        let a = "سارة خالد الشمري"
        let b = "محمد عبدالله القحطاني"

        // act
        let unrelated = DuplicateCheck.nameSimilarity(a, b)
        let empty = DuplicateCheck.nameSimilarity("", a)
        let bothEmpty = DuplicateCheck.nameSimilarity(" ، ", "")

        // assert
        #expect(unrelated < 0.5)
        #expect(empty == 0)
        #expect(bothEmpty == 0)
    }
}
