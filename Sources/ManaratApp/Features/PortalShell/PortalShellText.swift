import ManaratDomain

/// The portal shell's words (sign-in with a code, registration), Arabic and English side by side.
/// A placeholder is a parameter, so a text missing a language or a value does not compile.
struct PortalShellText: Sendable {
    /// The interface's shared strings, for numbers and the texts other pages use too.
    let strings: Strings

    private func text(_ arabic: String, _ english: String) -> String {
        strings.language == .arabic ? arabic : english
    }

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
}
