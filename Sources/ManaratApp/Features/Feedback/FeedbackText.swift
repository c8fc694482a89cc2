import ManaratDomain

/// The complaint and suggestion pages' words, Arabic and English side by side;
/// this type names an item's subject and priority, and says each problem.
struct FeedbackText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    var feedbackTitle: String { text("الشكاوى والاقتراحات المفتوحة", "Open complaints and suggestions") }
    var feedbackIntro: String {
        text(
            "نرحب بملاحظاتك؛ كل شكوى تُدرس ويُرد عليها، وكل اقتراح يُنظر فيه لتحسين خدماتنا.",
            "We welcome your views: every complaint is studied and answered, and every suggestion is considered to improve our services."
        )
    }
    var feedbackKindLabel: String { text("النوع", "Kind") }
    var feedbackText: String { text("التفاصيل", "Details") }
    var feedbackAnonymousHint: String {
        text(
            "يمكن إرسال الاقتراح دون اسم. للشكوى اترك رقم جوال لنرد عليك.",
            "A suggestion may be sent without a name. For a complaint, leave a mobile number so we can answer you.")
    }
    var nameOptional: String { text("الاسم (اختياري)", "Name (optional)") }
    var phoneOptional: String { text("رقم الجوال (اختياري للاقتراح)", "Mobile (optional for a suggestion)") }
    var complaintNeedsContact: String {
        text(
            "للشكوى اترك رقم جوال لنرد عليك، أو سجّل الدخول إلى البوابة.",
            "For a complaint, leave a mobile number so we can answer, or sign in to the portal.")
    }
    var feedbackThanks: String {
        text("وصلت ملاحظتك، شكرًا لك. رقمها المرجعي:", "Your message arrived, thank you. Its reference:")
    }
    var feedbackResponse: String { text("الرد", "Response") }
    var feedbackFrom: String { text("من", "From") }
    var improvementTaken: String { text("الإجراء التحسيني المتخذ", "Improvement taken") }
    var improvementOwner: String { text("المسؤول عن الإجراء", "Owner") }
    var improvementDate: String { text("تاريخ الإجراء", "Date") }
    var responseRequired: String { text("اكتب الرد على صاحب الملاحظة.", "Write the response to the person.") }
    var improvementRequired: String {
        text(
            "سجّل الإجراء التحسيني المتخذ ومسؤوله، أو سبب عدم اتخاذ إجراء.",
            "Record the improvement taken and its owner, or why none was taken.")
    }
    var closeFeedback: String { text("الرد والإغلاق", "Respond and close") }
    var investigationNotes: String { text("ملاحظات الدراسة", "Investigation notes") }
    var addNote: String { text("إضافة ملاحظة", "Add a note") }
    var escalated: String { text("مصعّد للإدارة", "Escalated to management") }
    var appealLabel: String {
        text("إن لم يُرضك الرد يمكنك التظلم مرة واحدة", "If the response does not satisfy you, you may appeal once")
    }
    var appealButton: String { text("إرسال التظلم", "Send the appeal") }
    var appealRecorded: String { text("سُجّل تظلمك.", "Your appeal was recorded.") }
    var feedbackRecordTitle: String {
        text("تسجيل شكوى أو اقتراح وصل بقناة أخرى", "Record a complaint or suggestion received on another channel")
    }
    var feedbackIdentityHint: String {
        text(
            "إن كان مستفيدًا مسجلًا: رقم هويته يربط الملاحظة بملفه.",
            "If they are a registered beneficiary: their identity number links it to their file.")
    }
    var feedbackTriage: String { text("الفرز والإسناد", "Triage and assignment") }
    var feedbackCategoryLabel: String { text("الموضوع", "Subject") }
    var feedbackPriorityLabel: String { text("الأولوية", "Priority") }
    var feedbackCategoryService: String { text("جودة الخدمة", "Quality of service") }
    var feedbackCategoryConduct: String { text("تعامل الموظفين", "Staff conduct") }
    var feedbackCategoryWaiting: String { text("مدة الانتظار", "Waiting time") }
    var feedbackCategoryProcedures: String { text("المستندات والإجراءات", "Documents and procedures") }
    var feedbackCategoryCommunication: String { text("التواصل والإبلاغ", "Communication") }
    var feedbackCategoryOther: String { text("أخرى", "Other") }
    var feedbackPriorityNormal: String { text("عادية", "Normal") }
    var feedbackPriorityUrgent: String { text("عاجلة", "Urgent") }

    /// What an item is about.
    func category(_ category: FeedbackCategory) -> String {
        switch category {
        case .serviceQuality: return feedbackCategoryService
        case .staffConduct: return feedbackCategoryConduct
        case .waitingTime: return feedbackCategoryWaiting
        case .documentsAndProcedures: return feedbackCategoryProcedures
        case .communication: return feedbackCategoryCommunication
        case .other: return feedbackCategoryOther
        }
    }

    /// How urgent an item is.
    func priority(_ priority: FeedbackPriority) -> String {
        priority == .urgent ? feedbackPriorityUrgent : feedbackPriorityNormal
    }

    /// A problem's message.
    func problem(_ problem: FeedbackProblem) -> String {
        switch problem {
        case .textMissing: return strings.format(.fieldRequiredNamed, ["field": feedbackText])
        case .phoneInvalid: return strings[.phoneInvalid]
        case .identityUnknown: return strings[.beneficiaryNotFound]
        case .contactMissing: return complaintNeedsContact
        case .actionOn(let error): return DateInputMessages.message(for: error, strings: strings)
        case .responseMissing: return responseRequired
        case .improvementMissing: return improvementRequired
        }
    }

    /// The problems as a page lists them, each next to its field.
    func errors(_ problems: [FeedbackProblem]) -> [FieldError] {
        problems.map { FieldError(field: $0.field, message: problem($0)) }
    }
}
