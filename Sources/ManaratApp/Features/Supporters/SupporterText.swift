import ManaratDomain

/// The supporter pages' and the contact page's words. Their texts still live in the shared
/// catalogs, which these pages share with others; this type says each problem and each total.
struct SupporterText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    /// The totals given in cash and in kind, each amount written the language's way.
    func supportTotals(cash: Money, inKind: Money) -> String {
        strings.format(.supportTotals, ["cash": strings.money(cash), "inKind": strings.money(inKind)])
    }

    var supportersTitle: String { text("الداعمون", "Supporters") }
    var supporterNewTitle: String { text("إضافة داعم", "Add a supporter") }
    var supporterEditTitle: String { text("تعديل بيانات الداعم", "Edit supporter") }
    var supporterName: String { text("اسم الداعم", "Supporter's name") }
    var supporterKind: String { text("النوع", "Kind") }
    var phoneOrEmailRequired: String {
        text("اكتب رقم جوال أو بريدًا إلكترونيًا على الأقل.", "Enter at least a mobile number or an e-mail address.")
    }
    var supportEntriesTitle: String { text("الدعم المقدم", "Support given") }
    var supportKind: String { text("نوع الدعم", "Kind of support") }
    var addSupportEntry: String { text("تسجيل دعم", "Record support") }
    var contactTitle: String { text("تواصل معنا", "Contact us") }
    var supporterFormTitle: String { text("للداعمين والجهات المانحة", "For supporters and donors") }
    var supporterFormIntro: String {
        text(
            "تود دعم الجمعية أو الشراكة معها؟ اترك رسالتك وسيتواصل معك فريق تنمية الموارد خلال يومي عمل.",
            "Would you like to support or partner with the association? Leave a message and our resource development team will contact you within two working days."
        )
    }
    var organizationOptional: String { text("الجهة (اختياري)", "Organization (optional)") }
    var contactMessage: String { text("رسالتك", "Your message") }
    var contactSent: String {
        text("وصلت رسالتك، شكرًا لك. سنتواصل معك قريبًا.", "Your message arrived, thank you. We will contact you soon.")
    }
    var contactPrivacy: String {
        text(
            "نستخدم بياناتك للرد على رسالتك ومتابعة دعمك فقط، ولا نشاركها مع أحد.",
            "We use your details only to answer your message and follow up your support, and share them with no one.")
    }

    /// A problem's message.
    func problem(_ problem: SupporterProblem) -> String {
        switch problem {
        case .nameMissing: return strings.format(.fieldRequiredNamed, ["field": strings[.fullName]])
        case .phoneInvalid: return strings[.phoneInvalid]
        case .emailInvalid: return strings[.emailInvalid]
        case .phoneOrEmailMissing: return phoneOrEmailRequired
        case .messageMissing: return strings.format(.fieldRequiredNamed, ["field": contactMessage])
        case .amountInvalid: return strings[.amountInvalid]
        case .itemsMissing: return strings[.itemsRequired]
        case .receivedOn(let error): return DateInputMessages.message(for: error, strings: strings)
        }
    }

    /// The problems as a page lists them, each next to its field.
    func errors(_ problems: [SupporterProblem]) -> [FieldError] {
        problems.map { FieldError(field: $0.field, message: problem($0)) }
    }
}
