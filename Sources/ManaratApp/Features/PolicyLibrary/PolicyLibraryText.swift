import ManaratDomain

/// The policy library's words, Arabic and English side by side.
struct PolicyLibraryText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    var docRelationsPolicy: String {
        text("سياسة تنظيم العلاقة مع المستفيدين وتقديم الخدمات", "Beneficiary relations and service delivery policy")
    }
    var docBylaws: String { text("اللائحة الأساسية للجمعية", "The association's bylaws") }
    var docResearchGuide: String { text("دليل خدمات البحث الاجتماعي", "Social research services guide") }
    var docSupportGuide: String { text("دليل سياسة الدعم للمستفيدين", "Beneficiary support policy guide") }
    var docRequestForm: String { text("نموذج طلب دعم مستفيد", "Beneficiary support request form") }
    var libraryTitle: String { text("السياسات والأدلة", "Policies and guides") }
    var libraryExplain: String {
        text(
            "الإصدار المعتمد الحالي من كل وثيقة؛ تبقى الإصدارات السابقة للاطلاع. يُطلب من كل موظف الإقرار بالاطلاع على كل إصدار جديد.",
            "The approved version in force of each document; earlier versions stay for reference. Every staff member acknowledges reading each new version."
        )
    }
    func libraryVersionLine(label: String, decision: String, date: String) -> String {
        text(
            "الإصدار \(label) — قرار رقم \(decision) — اعتُمد في \(date)",
            "Version \(label) — decision \(decision) — approved \(date)")
    }
    var libraryNotAcknowledged: String { text("لم يُقر بالاطلاع بعد", "Not yet acknowledged") }
    var libraryNoVersion: String { text("لا يوجد إصدار معتمد بعد.", "No approved version yet.") }
    var libraryPublishExplain: String {
        text(
            "يصبح الإصدار الجديد هو المعمول به، ويبقى السابق للاطلاع فقط، ويُطلب من الموظفين الإقرار بالاطلاع عليه.",
            "The new version takes effect; the previous one stays read-only, and staff are asked to acknowledge reading it."
        )
    }
    var libraryAcknowledgeExplain: String {
        text(
            "صدر إصدار جديد من هذه الوثيقة. اقرأه ثم أقر بالاطلاع عليه.",
            "A new version of this document was issued. Read it, then acknowledge it.")
    }
    var libraryOldVersion: String {
        text("هذا إصدار سابق، للاطلاع فقط.", "This is an earlier version, for reference only.")
    }
    var libraryCurrent: String { text("الإصدار الحالي", "Current version") }
    var libraryWhoRead: String { text("الإقرار بالاطلاع", "Who has read it") }
    var libraryVersionLabel: String { text("رقم الإصدار", "Version") }
    var libraryDecisionNumber: String { text("رقم القرار", "Decision number") }
    var libraryApprovedOn: String { text("تاريخ الاعتماد", "Approval date") }
    var libraryApprovingBody: String { text("جهة الاعتماد", "Approved by") }
    var libraryTextArabic: String { text("النص بالعربية", "Arabic text") }
    var libraryTextEnglish: String { text("النص بالإنجليزية (اختياري)", "English text (optional)") }
    var libraryFileHint: String {
        text(
            "ملف PDF أو صورة ممسوحة للنسخة المعتمدة (اختياري إن كتب النص)؛ حتى ١٠ ميجابايت.",
            "A PDF or a scan of the approved copy (optional when the text is given); up to 10 MB.")
    }
    var libraryFileDownload: String { text("تنزيل الملف", "Download the file") }

    /// A document's name.
    func document(_ kind: PolicyDocumentKind) -> String {
        switch kind {
        case .relationsPolicy: return docRelationsPolicy
        case .bylaws: return docBylaws
        case .researchGuide: return docResearchGuide
        case .supportPolicyGuide: return docSupportGuide
        case .requestForm: return docRequestForm
        }
    }

    /// A required field's label, which its message names.
    private func label(_ field: PolicyPublishForm.Field) -> String {
        switch field {
        case .label: return libraryVersionLabel
        case .decisionNumber: return libraryDecisionNumber
        case .approvedOn, .approvedOnCalendar: return libraryApprovedOn
        case .approvingBody: return libraryApprovingBody
        case .textArabic: return libraryTextArabic
        case .textEnglish: return libraryTextEnglish
        case .file: return strings[.libraryFile]
        }
    }

    /// A problem's message.
    func problem(_ problem: PolicyProblem) -> String {
        switch problem {
        case .required(let field): return strings.format(.fieldRequiredNamed, ["field": label(field)])
        case .approvedOn(let error): return DateInputMessages.message(for: error, strings: strings)
        case .file(let refusal): return Uploads.message(refusal, strings: strings)
        }
    }

    /// The problems as a page lists them, each next to its field.
    func errors(_ problems: [PolicyProblem]) -> [FieldError] {
        problems.map { FieldError(field: $0.field, message: problem($0)) }
    }
}
