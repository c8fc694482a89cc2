import ManaratDomain

extension Strings {
    /// `count` with `noun` in the form its number takes in the interface's language (CLDR plural
    /// rules): "دقيقة واحدة", "دقيقتين", "٣ دقائق", "١١ دقيقة"; "1 minute", "15 minutes".
    func count(_ count: Int, of noun: CountedNoun) -> String {
        switch (language, PluralCategory(count, in: language)) {
        case (.english, .one): return "\(count) " + noun.englishOne
        case (.english, _): return "\(count) " + noun.englishOther
        case (.arabic, .one): return noun.arabicOne
        case (.arabic, .two): return noun.arabicTwo
        case (.arabic, .few): return number(count) + " " + noun.arabicFew
        case (.arabic, .many): return number(count) + " " + noun.arabicMany
        case (.arabic, .zero), (.arabic, .other): return number(count) + " " + noun.arabicOther
        }
    }
}
