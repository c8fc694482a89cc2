import Testing

@testable import ManaratDomain

@Suite("Arabic search normalization")
struct ArabicTextTests {
    @Test(
        "spelling variants of the same word search as one",
        arguments: [
            ("أحمد", "احمد"),
            ("إبراهيم", "ابراهيم"),
            ("آمنة", "امنه"),
            ("ٱلله", "الله"),
            ("فاطمة", "فاطمه"),
            ("فاطمه", "فاطمه"),
            ("مصطفى", "مصطفي"),
            ("مؤمن", "مومن"),
            ("هانئ", "هاني"),
            ("سامی", "سامي"),
            ("کریم", "كريم"),
        ]
    )
    func letterFolding(typed: String, expected: String) {
        // setup
        let text = typed

        // act
        let normalized = ArabicText.normalizedForSearch(text)

        // assert
        #expect(normalized == expected)
    }

    @Test("vowel marks, the superscript alef and tatweel are removed")
    func tashkeelAndTatweel() {
        // setup
        let voweled = "مُحَمَّد"
        let stretched = "عبـــدالله"
        let superscriptAlef = "هٰذا"
        let tanween = "شكرًا"

        // act
        let results = [voweled, stretched, superscriptAlef, tanween].map(ArabicText.normalizedForSearch)

        // assert
        #expect(results == ["محمد", "عبدالله", "هذا", "شكرا"])
    }

    @Test("Arabic-Indic and Persian digits become Latin digits")
    func digits() {
        // setup
        let text = "ملف ١٢٣ و ۴۵۶"

        // act
        let normalized = ArabicText.normalizedForSearch(text)

        // assert
        #expect(normalized == "ملف 123 و 456")
    }

    @Test("invisible direction and joining marks are removed without splitting words")
    func formatMarks() {
        // setup
        let text = "\u{FEFF}\u{202B}سا\u{200F}رة\u{202C} \u{2067}خالد\u{2069}\u{200B}"

        // act
        let normalized = ArabicText.normalizedForSearch(text)

        // assert
        #expect(normalized == "ساره خالد")
    }

    @Test("Latin letters lose their case and accents")
    func latin() {
        // setup
        let text = "José MÜLLER Zoë"

        // act
        let normalized = ArabicText.normalizedForSearch(text)

        // assert
        #expect(normalized == "jose muller zoe")
    }

    @Test(
        "runs of spaces and punctuation become a single space with none at the ends",
        arguments: [
            ("  محمد   العتيبي  ", "محمد العتيبي"),
            ("محمد، العتيبي؛ الرياض", "محمد العتيبي الرياض"),
            ("آل-سعود", "ال سعود"),
            ("(خالد)\t\n«سعد»", "خالد سعد"),
            ("سعد...؟!", "سعد"),
            ("Al-Otaibi, Ahmed", "al otaibi ahmed"),
        ]
    )
    func separators(typed: String, expected: String) {
        // setup
        let text = typed

        // act
        let normalized = ArabicText.normalizedForSearch(text)

        // assert
        #expect(normalized == expected)
    }

    @Test("text with nothing searchable normalizes to the empty string")
    func nothingLeft() {
        // setup
        let texts = ["", "   ", "ـــ", "،؛ - .", "\u{200F}\u{064E}"]

        // act
        let results = texts.map(ArabicText.normalizedForSearch)

        // assert
        #expect(results.allSatisfy { $0.isEmpty })
    }

    @Test("normalizing twice changes nothing more")
    func idempotent() {
        // setup
        let text = " أَحْمَدُ بنُ عبـدالله، ١٤٤٤ José "

        // act
        let once = ArabicText.normalizedForSearch(text)
        let twice = ArabicText.normalizedForSearch(once)

        // assert
        #expect(once == "احمد بن عبدالله 1444 jose")
        #expect(twice == once)
    }

    @Test("search tokens are the normalized words, with no empty words")
    func tokens() {
        // setup
        let text = "  أحمد،،  محمد - العتيبي  "

        // act
        let tokens = ArabicText.searchTokens(text)

        // assert
        #expect(tokens == ["احمد", "محمد", "العتيبي"])
        #expect(ArabicText.searchTokens(" ، ").isEmpty)
    }
}

@Suite struct ArabicWordStemTests {
    @Test func theArticleAndItsAttachedFormsAreDropped() {
        // setup
        let words = ["الكفالة", "والكفالة", "بالكفالة", "للكفالة", "كفالة"]
        // act
        let stems = words.map { ArabicText.wordStem(ArabicText.normalizedForSearch($0)) }
        // assert
        #expect(Set(stems) == ["كفاله"])
    }

    @Test func namesThatOnlyLookLikeAPrefixKeepTheirLetters() {
        // setup, act, assert
        #expect(ArabicText.wordStem("وليد") == "وليد")
        #expect(ArabicText.wordStem("بدر") == "بدر")
        #expect(ArabicText.wordStem("الله") == "الله")
    }

    @Test func aTextGivesEachStemOnceInOrder() {
        // setup
        let text = "طلب كفالة يتيم — الكفالة الشهرية، يتيم"
        // act
        let stems = ArabicText.wordStems(text)
        // assert
        #expect(stems == ["طلب", "كفاله", "يتيم", "شهريه"])
    }
}
