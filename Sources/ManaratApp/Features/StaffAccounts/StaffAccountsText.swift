import ManaratDomain

/// The staff-account pages' words, Arabic and English side by side.
struct StaffAccountsText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    var staffListTitle: String { text("الموظفون", "Staff") }
    var staffNewTitle: String { text("إضافة موظف", "Add a staff member") }
    var staffEditTitle: String { text("تعديل بيانات الموظف", "Edit staff member") }
    var displayNameRequired: String { text("اكتب اسم الموظف.", "Enter the staff member's name.") }
    var displayNameTooLong: String { text("الاسم أطول من ١٠٠ حرف.", "The name is longer than 100 characters.") }
    var usernameRequired: String { text("اكتب اسم المستخدم.", "Enter a username.") }
    var usernameInvalid: String {
        text(
            "اسم المستخدم يقبل الحروف اللاتينية والأرقام والنقطة والشرطة والشرطة السفلية فقط.",
            "The username may contain only Latin letters, digits, dots, dashes and underscores.")
    }
    var usernameTooLong: String { text("اسم المستخدم أطول من ٤٠ حرفًا.", "The username is longer than 40 characters.") }
    var rolesRequired: String { text("اختر دورًا واحدًا على الأقل.", "Choose at least one role.") }
    var cannotDemoteSelf: String {
        text(
            "لا يمكنك إزالة دور مدير النظام عن نفسك أو إيقاف حسابك.",
            "You cannot remove your own administrator role or deactivate your own account.")
    }
    var usernameHint: String {
        text(
            "حروف لاتينية وأرقام، ويجوز معها النقطة والشرطة والشرطة السفلية.",
            "Latin letters and digits; dots, dashes and underscores are allowed.")
    }
    var accountActive: String { text("الحساب نشط ويمكنه الدخول", "The account is active and may sign in") }
    var resetPasswordTitle: String { text("إعادة تعيين كلمة المرور", "Reset password") }
    var resetPasswordExplain: String {
        text(
            "تُنشأ كلمة مرور مؤقتة تظهر مرة واحدة، وتُنهى جميع جلسات الموظف، ويُطلب منه تغييرها عند الدخول.",
            "A temporary password is created and shown once; all the staff member's sessions end, and they must change it at sign-in."
        )
    }
    var resetPasswordButton: String { text("إنشاء كلمة مرور مؤقتة", "Create a temporary password") }
    var temporaryPasswordTitle: String { text("كلمة مرور مؤقتة", "Temporary password") }
    func temporaryPasswordExplain(name: String) -> String {
        text(
            "سلّم كلمة المرور هذه إلى \(name) بطريقة آمنة. سيُطلب منه تغييرها عند أول دخول.",
            "Give this password to \(name) in a safe way. They will be asked to change it at first sign-in.")
    }
    var temporaryPasswordOnce: String {
        text("لن تظهر كلمة المرور هذه مرة أخرى.", "This password will not be shown again.")
    }
    var backToStaffList: String { text("العودة إلى قائمة الموظفين", "Back to the staff list") }
    var usernameTaken: String { text("اسم المستخدم مستخدم لحساب آخر.", "This username belongs to another account.") }

    /// A problem's message.
    func problem(_ problem: StaffAccountProblem) -> String {
        switch problem {
        case .displayNameRequired: return displayNameRequired
        case .displayNameTooLong: return displayNameTooLong
        case .username(.empty): return usernameRequired
        case .username(.invalidCharacters): return usernameInvalid
        case .username(.tooLong): return usernameTooLong
        case .usernameTaken: return usernameTaken
        case .rolesRequired: return rolesRequired
        case .branchUnknown: return strings[.branchUnknown]
        case .cannotDemoteSelf: return cannotDemoteSelf
        }
    }
}
