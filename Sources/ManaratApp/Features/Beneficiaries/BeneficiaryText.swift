import Foundation
import ManaratDomain

/// The beneficiary registry's words, Arabic and English side by side.
struct BeneficiaryText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    var bornInFuture: String { text("تاريخ الميلاد بعد اليوم.", "The birth date is after today.") }
    var categoryUnknown: String { text("الفئة المختارة غير موجودة.", "A chosen category does not exist.") }
    var consentRequired: String {
        text(
            "لا يُحفظ ملف المستفيد قبل تسجيل موافقته على معالجة بياناته.",
            "A beneficiary's file is not saved before their consent to processing is recorded.")
    }
    var openExistingFile: String { text("فتح الملف الموجود", "Open the existing file") }
    var reloadLatest: String { text("افتح آخر نسخة", "Open the latest version") }
    var identityExpired: String { text("الهوية منتهية", "Identity expired") }
    var beneficiariesTitle: String { text("المستفيدون", "Beneficiaries") }
    var beneficiaryNewTitle: String { text("تسجيل مستفيد", "Register a beneficiary") }
    var beneficiaryEditTitle: String { text("تعديل بيانات المستفيد", "Edit beneficiary") }
    var beneficiariesEmpty: String { text("لا يوجد مستفيدون بعد.", "There are no beneficiaries yet.") }
    var searchHint: String {
        text("بالاسم أو رقم الهوية أو الجوال أو رقم الملف", "By name, identity number, mobile or file number")
    }
    var sectionName: String { text("الاسم", "Name") }
    var sectionIdentity: String { text("الهوية والبيانات الشخصية", "Identity and personal data") }
    var sectionContact: String { text("التواصل والعنوان", "Contact and address") }
    var sectionCircumstances: String { text("الفئات والظروف", "Categories and circumstances") }
    var sectionAssessment: String { text("تقدير الحاجة", "Needs assessment") }
    var categoriesLabel: String { text("الفئات المستفيدة", "Beneficiary categories") }
    var sensitiveHint: String {
        text("بيانات حساسة: لا تظهر لمسؤولي تقديم الخدمة.", "Sensitive: not shown to service delivery officers.")
    }
    var consentCheckbox: String {
        text(
            "اطّلع المستفيد على إشعار الخصوصية ووافق على معالجة بياناته",
            "The beneficiary read the privacy notice and consented to the processing of their data")
    }
    var consentChannel: String { text("كيف أُخذت الموافقة", "How consent was given") }
    var possibleDuplicatesTitle: String {
        text("قد يكون هذا المستفيد مسجلًا من قبل", "This beneficiary may already be registered")
    }
    var possibleDuplicatesExplain: String {
        text(
            "وجدنا ملفات مشابهة. افتحها وتحقق؛ إن كان الشخص نفسه فاستخدم ملفه الموجود، وإلا فأكد أنه شخص آخر ثم احفظ.",
            "We found similar files. Open them and check; if it is the same person, use the existing file; otherwise confirm it is someone else and save."
        )
    }
    func duplicateScore(_ score: Int) -> String {
        let score = strings.number(score)
        return text("درجة التشابه \(score)٪", "similarity \(score)%")
    }
    var duplicatesReviewedCheckbox: String {
        text("راجعتُ الملفات المشابهة، وهذا شخص آخر", "I reviewed the similar files, and this is a different person")
    }
    var samePersonButton: String { text("الشخص نفسه (ربط)", "Same person (link)") }
    var notDuplicateButton: String { text("ليس الشخص نفسه", "Not the same person") }
    func priorityBadge(level: String, score: Int) -> String {
        let score = strings.number(score)
        return text("الأولوية: \(level) (\(score))", "Priority: \(level) (\(score))")
    }
    func ageYears(_ age: Int) -> String {
        let age = strings.number(age)
        return text("العمر \(age) سنة", "age \(age)")
    }
    var editHouseholdFinances: String { text("بيانات الأسرة المالية والسكن", "Household finances and housing") }
    var noIdentity: String { text("بدون هوية", "No identity") }
    var noAssessment: String { text("لم يُجرَ تقدير للحاجة بعد.", "No needs assessment yet.") }
    var noContacts: String { text("لا يوجد تواصل مسجل.", "No contacts recorded.") }
    var newRequest: String { text("طلب دعم جديد", "New support request") }
    var requestsOfBeneficiary: String { text("طلبات المستفيد", "The beneficiary's requests") }
    var recordInquiry: String { text("تسجيل استفسار", "Record an inquiry") }
    var sectionHistory: String {
        text(
            "السجل الكامل: التواصل والطلبات والخدمات والرسائل",
            "Full history: contacts, requests, services and messages")
    }

    /// The label a required field's message names, for the fields the summary must name.
    private func label(_ field: BeneficiaryForm.Field) -> String? {
        switch field {
        case .firstName: return strings[.firstName]
        case .fatherName: return strings[.fatherName]
        case .familyName: return strings[.familyName]
        case .nationality: return strings[.nationality]
        case .city: return strings[.city]
        case .bornOn: return strings[.bornOn]
        case .phone: return strings[.phone]
        case .identityNumber: return strings[.identityNumber]
        default: return nil
        }
    }

    /// A problem's message.
    func problem(_ problem: BeneficiaryProblem) -> String {
        switch problem {
        case .required(let field):
            return label(field).map { strings.format(.fieldRequiredNamed, ["field": $0]) } ?? strings[.fieldRequired]
        case .tooLong(_, let maximum): return strings.format(.fieldTooLong, ["maximum": strings.number(maximum)])
        case .identityTypeMissing: return strings[.fieldRequired]
        case .identity(let problem): return IdentityMessages.message(problem, strings: strings)
        case .day(_, let error): return DateInputMessages.message(for: error, strings: strings)
        case .bornInFuture: return bornInFuture
        case .phoneInvalid: return strings[.phoneInvalid]
        case .categoryUnknown: return categoryUnknown
        case .branchUnknown: return strings[.branchUnknown]
        case .consentMissing: return consentRequired
        case .identityTaken: return strings[.identityTaken]
        case .changedBySomeoneElse: return strings[.changedBySomeoneElse]
        }
    }

    /// The problems as a page lists them, each next to its field, with a link where one helps:
    /// the file that has the identity, or the latest version of file `id`.
    func errors(_ problems: [BeneficiaryProblem], id: UUID?) -> [FieldError] {
        problems.map { problem in
            var error = FieldError(field: problem.field.rawValue, message: self.problem(problem))
            switch problem {
            case .identityTaken(let existing):
                error.link = .init(path: StaffURL.beneficiary(existing).path, label: openExistingFile)
            case .changedBySomeoneElse:
                if let id { error.link = .init(path: StaffURL.beneficiaryEdit(id).path, label: reloadLatest) }
            default: break
            }
            return error
        }
    }
}
