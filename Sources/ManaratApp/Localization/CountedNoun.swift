import ManaratDomain

/// A noun written with a count, in each of its plural forms: Arabic's CLDR categories and
/// English's singular and plural. `Strings.count(_:of:)` picks the form; a new noun is one value
/// here, not a new `switch`.
struct CountedNoun: Sendable {
    /// Exactly one, the number left unwritten as Arabic does: "يوم واحد".
    let arabicOne: String
    /// Exactly two, the dual, the number left unwritten: "يومين".
    let arabicTwo: String
    /// 3–10 (and 103–110 …), after the number: "أيام".
    let arabicFew: String
    /// 11–99 (and 111–199 …), after the number: "يومًا".
    let arabicMany: String
    /// 0, 100, 1000 …, after the number: "يوم".
    let arabicOther: String
    /// One, after the number: "day".
    let englishOne: String
    /// Any other count, after the number: "days".
    let englishOther: String

    /// Days, as a waiting time or an age ("بعد ٣ أيام", "3 days").
    static let days = CountedNoun(
        arabicOne: "يوم واحد", arabicTwo: "يومين", arabicFew: "أيام", arabicMany: "يومًا", arabicOther: "يوم",
        englishOne: "day", englishOther: "days")
    /// Minutes, as a waiting time ("بعد ١٥ دقيقة", "15 minutes").
    static let minutes = CountedNoun(
        arabicOne: "دقيقة واحدة", arabicTwo: "دقيقتين", arabicFew: "دقائق", arabicMany: "دقيقة",
        arabicOther: "دقيقة", englishOne: "minute", englishOther: "minutes")
    /// Characters of a password or a text ("١٠ أحرف", "10 characters").
    static let characters = CountedNoun(
        arabicOne: "حرف واحد", arabicTwo: "حرفين", arabicFew: "أحرف", arabicMany: "حرفًا", arabicOther: "حرف",
        englishOne: "character", englishOther: "characters")
    /// The units an SMS is measured in: characters, as the encoding counts them ("٧٠ وحدة").
    static let smsUnits = CountedNoun(
        arabicOne: "وحدة واحدة", arabicTwo: "وحدتين", arabicFew: "وحدات", arabicMany: "وحدة", arabicOther: "وحدة",
        englishOne: "unit", englishOther: "units")
    /// Tries left, as the subject of a sentence ("بقي لك محاولتان", "٣ محاولات").
    static let tries = CountedNoun(
        arabicOne: "محاولة واحدة", arabicTwo: "محاولتان", arabicFew: "محاولات", arabicMany: "محاولة",
        arabicOther: "محاولة", englishOne: "try", englishOther: "tries")
    /// New notices waiting in the inbox ("إشعاران جديدان", "3 new notifications").
    static let newNotices = CountedNoun(
        arabicOne: "إشعار جديد واحد", arabicTwo: "إشعاران جديدان", arabicFew: "إشعارات جديدة",
        arabicMany: "إشعارًا جديدًا",
        arabicOther: "إشعار جديد", englishOne: "new notification", englishOther: "new notifications")
    /// Requests decided ("من ٢٣ طلبًا مقررًا", "of 23 decided requests").
    static let decidedRequests = CountedNoun(
        arabicOne: "طلب واحد مقرر", arabicTwo: "طلبين مقررين", arabicFew: "طلبات مقررة", arabicMany: "طلبًا مقررًا",
        arabicOther: "طلب مقرر", englishOne: "decided request", englishOther: "decided requests")
    /// Satisfaction ratings ("من ١٢ تقييمًا", "from 12 ratings").
    static let ratings = CountedNoun(
        arabicOne: "تقييم واحد", arabicTwo: "تقييمين", arabicFew: "تقييمات", arabicMany: "تقييمًا", arabicOther: "تقييم",
        englishOne: "rating", englishOther: "ratings")
}
