import ManaratDomain

/// The request settings pages' words, Arabic and English side by side.
struct RequestSettingsText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    var requestTypeNewTitle: String { text("إضافة نوع طلب", "Add a request type") }
    var requestTypeEditTitle: String { text("تعديل نوع الطلب", "Edit request type") }
    var mustBeValidLegend: String {
        text("المستندات التي يجب أن تكون سارية وقت التقديم", "Documents that must be valid on the submission date")
    }
    var requestFieldsLabel: String { text("الحقول المطلوبة", "Required fields") }
    var requestFieldsHint: String {
        text(
            "سطر لكل حقل: الرمز | الاسم بالعربية | الاسم بالإنجليزية",
            "One line per field: key | Arabic label | English label")
    }
    var requestFieldsInvalid: String {
        text(
            "كل سطر: رمز بحروف لاتينية صغيرة | الاسم بالعربية | الاسم بالإنجليزية.",
            "Each line: a lower-case key | Arabic label | English label.")
    }
    var requestTypeActive: String { text("متاح لطلبات جديدة", "Open for new requests") }
    var holidaysTitle: String { text("الإجازات الرسمية", "Holidays") }
    var holidaysExplain: String {
        text(
            "لا تُحسب هذه الأيام ولا أيام الجمعة والسبت في مدة الرد على الطلبات.",
            "These days, like Fridays and Saturdays, do not count toward the response time.")
    }
    var holidayName: String { text("اسم الإجازة", "Holiday") }
    var addHoliday: String { text("إضافة الإجازة", "Add the holiday") }
    var holidayRangeInvalid: String {
        text(
            "تاريخ النهاية يجب أن يكون بعد البداية وبما لا يزيد على ٦٠ يومًا.",
            "The end must be after the start and at most 60 days later.")
    }
    var requestSettingsTitle: String { text("مدة الرد ونصاب اللجنة", "Response time and quorum") }
    var responseWorkingDaysHint: String {
        text("أسبوعان = ١٠ أيام عمل من الأحد إلى الخميس", "Two weeks = 10 working days, Sunday to Thursday")
    }
    var typeCode: String { text("رمز النوع", "Type code") }
    var inquiryAnswerWorkingDays: String {
        text("أيام العمل للرد الأول على الاستفسار", "Working days for the first answer to an inquiry")
    }

    /// A problem's message.
    func problem(_ problem: RequestSettingsProblem) -> String {
        switch problem {
        case .codeInvalid: return strings[.categoryCodeInvalid]
        case .codeTaken: return strings[.categoryCodeTaken]
        case .nameArabicMissing, .nameEnglishMissing, .holidayNameMissing, .fromMissing: return strings[.fieldRequired]
        case .fieldsInvalid: return requestFieldsInvalid
        case .serviceRequired: return strings[.serviceRequired]
        case .from(let error), .until(let error): return DateInputMessages.message(for: error, strings: strings)
        case .holidayRangeInvalid: return holidayRangeInvalid
        case .count(_, let range):
            return strings.format(
                .countInvalid,
                ["minimum": strings.number(range.lowerBound), "maximum": strings.number(range.upperBound)])
        }
    }

    /// The problems as a page lists them, each next to its field.
    func errors(_ problems: [RequestSettingsProblem]) -> [FieldError] {
        problems.map { FieldError(field: $0.field, message: problem($0)) }
    }
}
