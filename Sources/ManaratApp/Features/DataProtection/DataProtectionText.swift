import ManaratDomain

/// The data-protection pages' words, Arabic and English side by side.
struct DataProtectionText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    var dataRequestsExplain: String {
        text(
            "طلبات الاطلاع والتصحيح والحذف من المستفيدين؛ يجب الرد خلال ٣٠ يومًا.",
            "Access, correction and deletion requests from beneficiaries; they must be answered within 30 days.")
    }
    func daysLeft(days: String) -> String {
        text("باقٍ \(days)", "\(days) left")
    }
    var dataRequestAnswerSend: String { text("إرسال الرد", "Send answer") }
    var dataRequestExtendReason: String { text("سبب التمديد", "Reason for the extension") }
    func dataRequestExtended(date: String, reason: String) -> String {
        text("مُدِّدت المهلة في \(date): \(reason)", "Extended on \(date): \(reason)")
    }
    var dataRequestExtensionRefused: String {
        text(
            "مُدِّدت مهلة هذا الطلب من قبل أو أُجيب عنه؛ لا يُمدَّد إلا مرة واحدة.",
            "This request was already extended or answered; it can be extended only once.")
    }
    var breachesExplain: String {
        text(
            "تُسجَّل كل حادثة تمس البيانات الشخصية فور العلم بها، ويجب إبلاغ الهيئة السعودية للبيانات والذكاء الاصطناعي خلال ٧٢ ساعة من وقت العلم، وإبلاغ أصحاب البيانات إذا كان الضرر محتملًا.",
            "Record every incident touching personal data as soon as it is known. The Saudi Data and AI Authority must be told within 72 hours of discovery, and the people affected when harm is likely."
        )
    }
    var breachNew: String { text("تسجيل حادثة", "Record an incident") }
    var breachTitle: String { text("عنوان الحادثة", "Title") }
    var breachDescription: String { text("ما الذي حدث وكيف اكتُشف", "What happened and how it was found") }
    var breachDiscoveredOn: String { text("تاريخ العلم بالحادثة", "Day it was discovered") }
    var breachDiscoveredTime: String { text("وقت العلم بها (ساعة:دقيقة)", "Time it was discovered (hh:mm)") }
    var breachRecordsAffected: String { text("السجلات المتأثرة", "Records affected") }
    var breachPeopleAffected: String { text("عدد الأشخاص المتأثرين", "People affected") }
    var breachMeasures: String { text("إجراءات الاحتواء والوقاية", "Containment and prevention") }
    func breachRecorded(reference: String) -> String {
        text("سُجِّلت الحادثة \(reference).", "Incident \(reference) recorded.")
    }
    var breachTimeInvalid: String {
        text("اكتب الوقت بالساعة والدقيقة، مثل 14:30.", "Write the time as hours and minutes, such as 14:30.")
    }
    var breachDiscoveredInFuture: String {
        text("وقت العلم بالحادثة لا يكون في المستقبل.", "The time of discovery cannot be in the future.")
    }
    var breachPeopleInvalid: String { text("اكتب عددًا صحيحًا من صفر فأكثر.", "Write a whole number, zero or more.") }
    var breachDeadline: String { text("آخر موعد لإبلاغ الجهة المختصة", "Deadline for the regulator") }
    func breachHoursLeft(hours: String) -> String {
        text("باقٍ \(hours) ساعة", "\(hours) hours left")
    }
    func breachOverdue(hours: String) -> String {
        text("متأخر \(hours) ساعة عن مهلة ٧٢ ساعة", "\(hours) hours past the 72-hour deadline")
    }
    func breachNotifiedOnTime(date: String, reference: String) -> String {
        text(
            "أُبلغت الجهة المختصة في \(date) (المرجع \(reference))", "Regulator told on \(date) (reference \(reference))"
        )
    }
    func breachNotifiedLate(date: String, hours: String, reference: String) -> String {
        text(
            "أُبلغت الجهة المختصة في \(date) متأخرًا \(hours) ساعة (المرجع \(reference))",
            "Regulator told on \(date), \(hours) hours late (reference \(reference))")
    }
    var breachRegulatorReference: String {
        text("رقم الإبلاغ لدى الجهة المختصة", "The regulator’s reference for the notice")
    }
    var breachMarkRegulator: String { text("تسجيل إبلاغ الجهة المختصة الآن", "Record the regulator’s notice now") }
    var breachMarkSubjects: String {
        text("تسجيل إبلاغ أصحاب البيانات الآن", "Record that the people affected were told now")
    }
    var breachSubjectsPending: String { text("لم يُبلَّغ أصحاب البيانات بعد", "People affected not told yet") }
    var breachAlreadyRecorded: String { text("سُجِّل هذا الإبلاغ من قبل.", "This notice was recorded already.") }
    var retentionExplain: String {
        text(
            "يُحذف ما انتهت مدته أو تُزال منه البيانات الشخصية عند تشغيل الأمر manarat retention run (يُجدول يوميًا). لا يُمس سجل مستفيد عليه تحفظ قانوني، ولا طلب أو صرف لمستفيد لديه طلب مفتوح.",
            "What has outlived its period is deleted or stripped of personal data when manarat retention run runs (scheduled daily). Nothing of a beneficiary on legal hold is touched, nor a request or delivery of a beneficiary with a request still open."
        )
    }
    func retentionBelowMinimum(minimum: String) -> String {
        text("أقل مدة مسموحة \(minimum).", "The shortest period allowed is \(minimum).")
    }
    func retentionAboveMaximum(maximum: String) -> String {
        text("أطول مدة مقبولة \(maximum).", "The longest period accepted is \(maximum).")
    }
    var retentionSaveSchedule: String { text("حفظ الجدول", "Save the schedule") }
    var retentionPreview: String { text("لو شُغّل الآن", "If it ran now") }
    var retentionApplied: String { text("ستُعالَج", "Would be processed") }
    var retentionKeptHold: String { text("تبقى (تحفظ قانوني)", "Kept (legal hold)") }
    var retentionKeptOpen: String { text("تبقى (طلب مفتوح)", "Kept (open request)") }
    var legalHoldsTitle: String { text("التحفظ القانوني", "Legal holds") }
    var legalHoldFileNumber: String { text("رقم ملف المستفيد", "Beneficiary file number") }
    var legalHoldReason: String { text("سبب التحفظ", "Reason for the hold") }
    var legalHoldAdd: String { text("وضع تحفظ", "Place a hold") }
    var legalHoldNone: String { text("لا يوجد مستفيد عليه تحفظ.", "No beneficiary is on hold.") }
    var kindColumn: String { text("النوع", "Kind") }

    /// A breach field's label, which its message names.
    private func label(_ field: BreachForm.Field) -> String {
        switch field {
        case .title: return breachTitle
        case .description: return breachDescription
        case .recordsAffected: return breachRecordsAffected
        case .discovered, .discoveredCalendar: return breachDiscoveredOn
        case .discoveredTime: return breachDiscoveredTime
        case .peopleAffected: return breachPeopleAffected
        case .measures: return breachMeasures
        }
    }

    /// A problem's message.
    func problem(_ problem: DataProtectionProblem) -> String {
        switch problem {
        case .required(let field): return strings.format(.fieldRequiredNamed, ["field": label(field)])
        case .discovered(let error): return DateInputMessages.message(for: error, strings: strings)
        case .timeInvalid: return breachTimeInvalid
        case .peopleInvalid: return breachPeopleInvalid
        case .discoveredInFuture: return breachDiscoveredInFuture
        case .regulatorReferenceMissing:
            return strings.format(.fieldRequiredNamed, ["field": breachRegulatorReference])
        case .alreadyRecorded: return breachAlreadyRecorded
        case .periodMissing(let kind):
            return strings.format(.fieldRequiredNamed, ["field": strings.retentionKind(kind)])
        case .belowMinimum(_, let minimum):
            return retentionBelowMinimum(minimum: strings.localizedDigits("\(minimum)"))
        case .aboveMaximum(_, let maximum):
            return retentionAboveMaximum(maximum: strings.localizedDigits("\(maximum)"))
        case .beneficiaryNotFound: return strings[.beneficiaryNotFound]
        case .holdReasonMissing: return strings.format(.fieldRequiredNamed, ["field": legalHoldReason])
        case .extensionReasonMissing:
            return strings.format(.fieldRequiredNamed, ["field": dataRequestExtendReason])
        case .extensionRefused: return dataRequestExtensionRefused
        }
    }

    /// The problems as a page lists them, each next to its field.
    func errors(_ problems: [DataProtectionProblem]) -> [FieldError] {
        problems.map { FieldError(field: $0.field, message: problem($0)) }
    }
}
