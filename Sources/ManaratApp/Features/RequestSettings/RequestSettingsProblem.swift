import ManaratDomain

/// What is wrong with a request type, a holiday or the settings as sent, and the field it marks.
enum RequestSettingsProblem: Error, Equatable, Sendable {
    /// The type's code is not lower-case Latin letters and digits.
    case codeInvalid
    /// Another type has this code.
    case codeTaken
    case nameArabicMissing
    case nameEnglishMissing
    /// A line of the type's own fields is not `key | Arabic label | English label`.
    case fieldsInvalid
    /// No service kind was chosen.
    case serviceRequired
    case holidayNameMissing
    case fromMissing
    case from(DateInputError)
    case until(DateInputError)
    /// The last day is before the first, or more than 60 days after it.
    case holidayRangeInvalid
    /// A number is outside the range it takes.
    case count(RequestSettingsForm.Field, range: ClosedRange<Int>)

    /// The field the page marks, by its HTML name.
    var field: String {
        switch self {
        case .codeInvalid, .codeTaken: return RequestTypeForm.Field.code.rawValue
        case .nameArabicMissing: return RequestTypeForm.Field.nameArabic.rawValue
        case .nameEnglishMissing: return RequestTypeForm.Field.nameEnglish.rawValue
        case .fieldsInvalid: return RequestTypeForm.Field.fields.rawValue
        case .serviceRequired: return RequestTypeForm.Field.services.rawValue
        case .holidayNameMissing: return HolidayForm.Field.name.rawValue
        case .fromMissing, .from: return HolidayForm.Field.from.rawValue
        case .until, .holidayRangeInvalid: return HolidayForm.Field.until.rawValue
        case .count(let field, _): return field.rawValue
        }
    }
}
