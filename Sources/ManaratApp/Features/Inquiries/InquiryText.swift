import ManaratDomain

/// The inquiry pages' words, Arabic and English side by side.
struct InquiryText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    var inquiryTitle: String { text("استفسار", "Inquiry") }
    var inquiriesTitle: String { text("الاستفسارات المفتوحة", "Open inquiries") }
    var inquiryQuestion: String { text("السؤال", "Question") }
    var inquiryAnswerDue: String { text("موعد الرد الأول", "First answer due") }
    var inquiryRateQuestion: String { text("هل أفادتك الإجابة؟", "Did the answer help you?") }
    var inquirySendAnswer: String { text("إرسال الإجابة", "Send the answer") }
    var inquiryRecordTitle: String { text("تسجيل استفسار", "Record an inquiry") }
    var portalAskIntro: String {
        text(
            "اكتب سؤالك وسنرد عليك خلال يومي عمل. قد تجد الإجابة في صفحة",
            "Write your question and we will answer within two working days. You may find the answer on the page")
    }
    /// The answer a question turned into a request gets, naming the request's reference.
    func convertedAnswer(reference: String) -> String {
        text(
            "حوّلنا استفسارك إلى طلب دعم برقم \(reference)، ويمكنك متابعته من «طلباتي».",
            "We turned your inquiry into support request \(reference); you can follow it under \"My requests\".")
    }
    var linkArticle: String { text("إرفاق مقالة من الأسئلة الشائعة", "Link a knowledge-base article") }
    var readArticle: String { text("اقرأ المقالة المرتبطة بالإجابة", "Read the article linked to the answer") }
    var inquiryAttachmentLabel: String { text("مرفق (اختياري)", "Attachment (optional)") }
    var inquiryAttachmentHint: String {
        text(
            "صورة أو ملف PDF يوضح سؤالك، مثل خطاب أو فاتورة؛ حتى ١٠ ميجابايت.",
            "A photo or PDF that explains your question, such as a letter or a bill; up to 10 MB.")
    }
    var inquiryAttachmentDownload: String { text("تنزيل المرفق", "Download the attachment") }
    var inquiryAssigneeRequired: String {
        text("اختر موظفًا يجيب عن الاستفسارات.", "Choose an employee who answers inquiries.")
    }
    var inquiriesAllOpen: String { text("كل المفتوحة", "All open") }
    var inquiriesMine: String { text("المسندة إليّ", "Assigned to me") }

    /// A problem's message.
    func problem(_ problem: InquiryProblem) -> String {
        switch problem {
        case .questionMissing: return strings.format(.fieldRequiredNamed, ["field": inquiryQuestion])
        case .attachment(let refusal): return Uploads.message(refusal, strings: strings)
        case .answerMissing: return strings.format(.fieldRequiredNamed, ["field": strings[.inquiryAnswer]])
        case .assigneeRequired: return inquiryAssigneeRequired
        case .researcherRequired: return strings[.researcherRequired]
        }
    }

    /// The problems as a page lists them, each next to its field.
    func errors(_ problems: [InquiryProblem]) -> [FieldError] {
        problems.map { FieldError(field: $0.field, message: problem($0)) }
    }
}
