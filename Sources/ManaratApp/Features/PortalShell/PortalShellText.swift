import ManaratDomain

/// The portal shell's words (sign-in with a code, registration), Arabic and English side by side.
/// A placeholder is a parameter, so a text missing a language or a value does not compile.
struct PortalShellText: BilingualText {
    /// The interface's shared strings, for numbers and the texts other pages use too.
    let strings: Strings

    var portalIdentityInvalid: String {
        text("رقم الهوية أو الإقامة غير صحيح.", "This ID or Iqama number is not valid.")
    }
    var portalTooManyCodes: String {
        text(
            "طلبت رموزًا كثيرة. انتظر ١٥ دقيقة ثم حاول مرة أخرى.",
            "You asked for many codes. Wait 15 minutes, then try again.")
    }
    var portalCodeExpired: String {
        text("انتهت صلاحية الرمز. اطلب رمزًا جديدًا.", "The code has expired. Ask for a new one.")
    }
    func portalCodeWrong(left: Int) -> String {
        if left == 0 {
            return text("الرمز غير صحيح، ولم تبقَ لك محاولات.", "The code is not correct, and you have no tries left.")
        }
        let tries = strings.count(left, of: .tries)
        return text("الرمز غير صحيح. بقي لك \(tries).", "The code is not correct. You have \(tries) left.")
    }
    var portalSignInTitle: String { text("الدخول إلى بوابة المستفيد", "Sign in to the beneficiary portal") }
    var portalSignInIntro: String {
        text(
            "اكتب رقم هويتك أو إقامتك ورقم جوالك المسجل لدينا، وسنرسل إليك رمز تحقق برسالة نصية.",
            "Enter your ID or Iqama number and the mobile number we have on file, and we will text you a one-time code."
        )
    }
    var portalIdentityLabel: String { text("رقم الهوية أو الإقامة", "ID or Iqama number") }
    var portalIdentityHint: String { text("١٠ أرقام", "10 digits") }
    var portalSendCode: String { text("أرسل رمز التحقق", "Send me a code") }
    var portalNewHere: String { text("ليس لديك ملف لدينا؟", "No file with us yet?") }
    var portalRegisterLink: String { text("سجّل الآن", "Register now") }
    var portalCodeTitle: String { text("أدخل رمز التحقق", "Enter your code") }
    var portalCodeIntro: String {
        text(
            "إن كانت البيانات مطابقة لملف لدينا فقد أرسلنا رمزًا من ٦ أرقام إلى جوالك. الرمز صالح ٥ دقائق.",
            "If the details match a file we hold, we texted a 6-digit code to your mobile. It is valid for 5 minutes.")
    }
    var portalCodeLabel: String { text("رمز التحقق", "Code") }
    var portalVerify: String { text("دخول", "Sign in") }
    var portalResend: String { text("لم يصلك الرمز؟ اطلب رمزًا جديدًا", "No code? Ask for a new one") }
    var portalRegisterTitle: String { text("التسجيل في بوابة المستفيد", "Register in the beneficiary portal") }
    var portalConsentCheckbox: String {
        text(
            "قرأت إشعار الخصوصية وأوافق على معالجة بياناتي",
            "I read the privacy notice and agree to the processing of my data")
    }
    var portalRegisterButton: String { text("التسجيل وإرسال رمز التحقق", "Register and send me a code") }
    var portalConsentRequired: String {
        text(
            "لا يمكن إنشاء ملفك قبل موافقتك على إشعار الخصوصية.",
            "Your file cannot be created before you agree to the privacy notice.")
    }
    var portalLocked: String {
        text(
            "أُوقف الدخول بهذا الرقم مؤقتًا بعد عدة رموز خاطئة. حاول بعد ١٥ دقيقة أو تواصل مع الفرع.",
            "Sign-in with this number is paused after several wrong codes. Try again in 15 minutes or contact your branch."
        )
    }

    /// A sign-in problem's message.
    func problem(_ problem: PortalSignInProblem) -> String {
        switch problem {
        case .identityInvalid: return portalIdentityInvalid
        case .phoneInvalid: return strings[.phoneInvalid]
        case .locked: return portalLocked
        case .tooManyCodes: return portalTooManyCodes
        }
    }

    /// Why a code was refused; nil for the outcomes that are not a refusal on this page.
    func refusal(_ outcome: PortalVerifyOutcome) -> String? {
        switch outcome {
        case .locked: return portalLocked
        case .expired: return portalCodeExpired
        case .wrong(let left): return portalCodeWrong(left: left)
        case .signedIn, .noSuchCode, .rateLimited: return nil
        }
    }

    /// A registration problem's message.
    func problem(_ problem: PortalRegisterProblem) -> String {
        switch problem {
        case .identity(let reason): return IdentityMessages.message(reason, strings: strings)
        case .phoneInvalid: return strings[.phoneInvalid]
        case .required(let field): return strings.format(.fieldRequiredNamed, ["field": label(field)])
        case .consent: return portalConsentRequired
        }
    }

    /// A registration field's label.
    func label(_ field: PortalRegisterForm.Field) -> String {
        switch field {
        case .identityType: return strings[.identityType]
        case .identityNumber: return strings[.identityNumber]
        case .firstName: return strings[.firstName]
        case .fatherName: return strings[.fatherName]
        case .familyName: return strings[.familyName]
        case .phone: return strings[.phone]
        case .city: return strings[.city]
        case .consent: return portalConsentCheckbox
        }
    }

    var portalApplyDetail: String { text("اطلب دعمًا وارفع مستنداتك", "Ask for support and upload your documents") }
    var portalAskDetail: String { text("اسأل واطلع على الإجابات", "Ask and read the answers") }
    var portalDataRequestDetails: String { text("ما الذي تطلبه؟", "What are you asking for?") }
    func portalDataRequestDue(date: String) -> String {
        text("يُرد عليه قبل \(date)", "To be answered by \(date)")
    }
    var portalDataRequestKind: String { text("نوع الطلب", "Kind of request") }
    var portalDataRequestSend: String { text("إرسال الطلب", "Send request") }
    var portalDataRequestsTitle: String {
        text("طلبات الاطلاع والتصحيح والحذف", "Access, correction and deletion requests")
    }
    var portalDownloadHTML: String { text("تنزيل نسخة للطباعة (HTML)", "Download a printable copy (HTML)") }
    var portalDownloadJSON: String { text("تنزيل بياناتي (JSON)", "Download my data (JSON)") }
    var portalFeedbackDetail: String { text("أخبرنا بما يمكن أن نحسنه", "Tell us what we could improve") }
    func portalGreeting(name: String) -> String {
        text("أهلًا \(name)", "Welcome, \(name)")
    }
    var portalHomeTitle: String { text("بوابة المستفيد", "Beneficiary portal") }
    var portalHouseholdDetail: String { text("أخبرنا بتغييرات أسرتك", "Tell us about changes in your household") }
    var portalMessages: String { text("آخر الرسائل", "Latest messages") }
    func portalMissingCount(count: Int) -> String {
        text("ما ينقص الطلب: \(strings.number(count))", "Missing from the request: \(count)")
    }
    var portalMyDataDetail: String { text("اطلع على بياناتك ونزّلها", "See and download your data") }
    var portalMyDataIntro: String {
        text(
            "هذه كل البيانات التي نحتفظ بها عنك. يمكنك تنزيلها، وطلب تصحيحها أو حذفها، وسحب موافقتك.",
            "This is all the data we hold about you. You can download it, ask for it to be corrected or deleted, and withdraw your consent."
        )
    }
    var portalMyInquiries: String { text("استفساراتي", "My inquiries") }
    var portalMyRequests: String { text("طلباتي", "My requests") }
    var portalNoRequests: String {
        text("لا توجد طلبات بعد. يمكنك تقديم طلب من «تقديم طلب».", "No requests yet. You can apply from \"Apply\".")
    }
    var portalPrintHint: String {
        text("لنسخة ورقية اطبع هذه الصفحة من المتصفح.", "For a paper copy, print this page from your browser.")
    }
    var portalProfileDetail: String { text("حدّث جوالك وعنوانك", "Update your mobile and address") }
    var portalWithdrawConsentButton: String { text("سحب موافقتي", "Withdraw my consent") }
    var portalWithdrawConsentExplain: String {
        text(
            "إن سحبت موافقتك نتوقف عن معالجة بياناتك إلا ما يلزمنا نظامًا، وقد لا نستطيع دراسة طلباتك الجديدة.",
            "If you withdraw your consent we stop processing your data except what the law requires us to keep, and we may not be able to study new requests."
        )
    }
    var portalWithdrawConsentTitle: String { text("سحب الموافقة", "Withdraw consent") }
    func inboxUnread(count: Int) -> String {
        let notices = strings.count(count, of: .newNotices)
        return text(notices, notices)
    }
    func portalConsentWithdrawnOn(date: String) -> String {
        text("سحبت موافقتك في \(date).", "You withdrew your consent on \(date).")
    }
    func portalDataRequestExtended(date: String, reason: String) -> String {
        text(
            "مُدِّدت مهلة الرد إلى \(date) للسبب التالي: \(reason)",
            "The answer is now due by \(date), for this reason: \(reason)")
    }

    /// A language's name in that language, as a language choice shows it whatever the interface's.
    func ownName(_ language: Language) -> String {
        language == .arabic ? "العربية" : "English"
    }

    /// A profile problem's message.
    func problem(_ problem: PortalProfileProblem) -> String {
        switch problem {
        case .phoneRequired: return strings.format(.fieldRequiredNamed, ["field": strings[.phone]])
        case .phoneInvalid: return strings[.phoneInvalid]
        case .cityRequired: return strings.format(.fieldRequiredNamed, ["field": strings[.city]])
        case .changedBySomeoneElse: return strings[.changedBySomeoneElse]
        }
    }

    /// The message when a data request is sent without its words.
    var dataRequestDetailsRequired: String {
        strings.format(.fieldRequiredNamed, ["field": portalDataRequestDetails])
    }
}
