import Foundation
import ManaratDomain

/// The staff shell's words (sign-in, the desk, one's own password), Arabic and English side by
/// side. A placeholder is a parameter, so a text missing a language or a value does not compile.
struct StaffShellText: BilingualText {
    /// The interface's shared strings, for numbers and the texts other pages use too.
    let strings: Strings

    var signInTitle: String { text("دخول الموظفين", "Staff sign-in") }
    var signInButton: String { text("دخول", "Sign in") }
    var signInInvalid: String {
        text("اسم المستخدم أو كلمة المرور غير صحيحة.", "The username or password is not correct.")
    }
    func signInLocked(minutes: Int) -> String {
        let wait = strings.count(minutes, of: .minutes)
        return text(
            "أُوقف الدخول إلى هذا الحساب مؤقتًا بعد عدة محاولات خاطئة. حاول مرة أخرى بعد \(wait).",
            "Sign-in to this account is paused after several wrong attempts. Try again in \(wait).")
    }
    var signInRateLimited: String {
        text(
            "محاولات دخول كثيرة من هذا الجهاز. انتظر قليلًا ثم حاول مرة أخرى.",
            "Too many sign-in attempts from this device. Wait a little, then try again.")
    }
    var signedOutNotice: String { text("تم تسجيل خروجك.", "You have signed out.") }
    var deskTitle: String { text("مكتبي", "My desk") }
    func deskGreeting(name: String) -> String {
        text("مرحبًا، \(name)", "Welcome, \(name)")
    }
    var yourRoles: String { text("أدوارك", "Your roles") }
    var yourBranch: String { text("فرعك", "Your branch") }
    var deskAreas: String { text("ما يمكنك العمل عليه", "What you can work on") }
    var deskNoticesTitle: String { text("تنبيهاتي", "My notices") }
    var dueFollowUpsTitle: String { text("متابعات مستحقة", "Follow-ups due") }
    var dueSoonTitle: String { text("مستحقة خلال ٣ أيام عمل", "Due within 3 working days") }
    var expiringIdentitiesTitle: String { text("هويات تنتهي خلال ٣٠ يومًا", "Identities expiring within 30 days") }
    var libraryPendingBanner: String {
        text(
            "صدرت إصدارات جديدة من السياسات لم تقر بالاطلاع عليها بعد.",
            "New policy versions were issued that you have not acknowledged yet.")
    }
    func moreFollowUps(count: Int) -> String {
        text("متابعات أخرى مستحقة: \(strings.number(count))", "More follow-ups due: \(count)")
    }
    var noDueFollowUps: String { text("لا توجد متابعات مستحقة اليوم.", "No follow-ups are due today.") }
    var overdueRequestsTitle: String { text("طلبات متأخرة عن موعد الرد", "Requests past their response date") }
    var referredQuestionsTitle: String { text("استفسارات أحيلت إليك", "Questions referred to you") }
    var passwordTitle: String { text("تغيير كلمة المرور", "Change password") }
    var passwordConfirm: String { text("تأكيد كلمة المرور الجديدة", "Confirm the new password") }
    var passwordCurrent: String { text("كلمة المرور الحالية", "Current password") }
    var passwordCurrentWrong: String { text("كلمة المرور الحالية غير صحيحة.", "The current password is not correct.") }
    func passwordHint(minimum: Int) -> String {
        text(
            "\(strings.count(minimum, of: .characters)) على الأقل؛ العبارة الطويلة أسهل تذكرًا وأصعب تخمينًا.",
            "At least \(strings.count(minimum, of: .characters)); a long phrase is easier to remember and harder to guess."
        )
    }
    var passwordMismatch: String {
        text("التأكيد لا يطابق كلمة المرور الجديدة.", "The confirmation does not match the new password.")
    }
    var passwordMustChange: String {
        text(
            "عُيّنت كلمة مرورك من قبل غيرك، فاختر كلمة مرور جديدة قبل المتابعة.",
            "Your password was set by someone else: choose a new one before you continue.")
    }
    var passwordNew: String { text("كلمة المرور الجديدة", "New password") }
    var passwordSameAsOld: String {
        text("اختر كلمة مرور تختلف عن الحالية.", "Choose a password different from the current one.")
    }
    var passwordSaved: String {
        text(
            "حُفظت كلمة المرور الجديدة، وأُنهيت جلساتك الأخرى.",
            "Your new password is saved, and your other sessions were ended.")
    }
    var passwordTooLong: String { text("كلمة المرور أطول من المسموح.", "The password is longer than allowed.") }
    func passwordTooShort(minimum: Int) -> String {
        let least = strings.count(minimum, of: .characters)
        return text("يجب ألا تقل كلمة المرور عن \(least).", "The password must have at least \(least).")
    }
    var navCategories: String { text("الفئات", "Categories") }
    var navDeclarations: String { text("الإفصاح", "Declarations") }
    var navLibrary: String { text("السياسات والأدلة", "Policies and guides") }
    var tileAccountDetail: String { text("تغيير كلمة المرور", "Change your password") }
    var tileAuditDetail: String {
        text("كل إجراء في النظام: من فعله ومتى", "Every action in the system: who did it and when")
    }
    var tileBeneficiariesDetail: String {
        text("البحث والتسجيل وملفات المستفيدين وأسرهم", "Find, register and open beneficiaries' files")
    }
    var tileBranchesDetail: String { text("الفروع والمكاتب الفرعية", "Branches and branch offices") }
    var tileBreachesDetail: String {
        text(
            "حوادث البيانات الشخصية ومهلة ٧٢ ساعة لإبلاغ الجهة المختصة",
            "Personal-data incidents and the 72-hour notice to the regulator")
    }
    var tileCategoriesDetail: String { text("قائمة الفئات المستفيدة", "The list of beneficiary categories") }
    var tileCommitteeDetail: String {
        text("الطلبات بانتظار القرار واجتماعات اللجنة", "Requests awaiting decision and committee meetings")
    }
    var tileConflictsDetail: String { text("الإفصاحات وحالات التنحي", "Declarations and recusals") }
    var tileDashboardDetail: String {
        text("مؤشرات الطلبات والرضا والتواصل", "Requests, satisfaction and contact figures")
    }
    var tileDataRequestsDetail: String {
        text("طلبات الاطلاع والتصحيح والحذف ومهلة الرد", "Access, correction and deletion requests and their deadlines")
    }
    var tileDeclarationsDetail: String {
        text("أقاربك ومصالحك لتجنب تعارض المصالح", "Your relatives and interests, to avoid conflicts")
    }
    var tileFeedbackDetail: String {
        text("الشكاوى والاقتراحات والإجراءات التحسينية", "Complaints, suggestions and improvements")
    }
    var tileInquiriesDetail: String {
        text("أسئلة المستفيدين ومواعيد الرد عليها", "Beneficiaries' questions and their answer dates")
    }
    var tileKnowledgeDetail: String { text("الأسئلة الشائعة وملاحظات الموظفين", "FAQ and staff notes") }
    var tileLibraryDetail: String {
        text("السياسة واللائحة والأدلة ونموذج الطلب", "The policy, bylaws, guides and request form")
    }
    var tileMessagesDetail: String {
        text(
            "ما أرسله المرسل التجريبي ما دام لا توجد بوابة رسائل",
            "What the development sender recorded while no gateway is set")
    }
    var tileMySatisfactionDetail: String { text("تقييمات ما قدمته أنت", "Ratings of what you delivered") }
    var tileOutboxDetail: String {
        text("حالة كل إشعار ومحاولاته ورد المزوّد", "Each notification's status, tries and provider answer")
    }
    var tileRequestTypesDetail: String {
        text("أنواع الطلبات والمستندات والإجازات", "Request types, documents and holidays")
    }
    var tileRequestsDetail: String {
        text("طلبات الدعم ومواعيدها والمتأخر منها", "Support requests, their due dates and overdue ones")
    }
    var tileRetentionDetail: String {
        text(
            "مدة الاحتفاظ بكل نوع من السجلات والتحفظ القانوني", "How long each kind of record is kept, and legal holds")
    }
    var tileSatisfactionDetail: String {
        text("الرضا حسب الخدمة والفرع والقناة والشهر", "Satisfaction by service, branch, channel and month")
    }
    var tileStaffDetail: String { text("حسابات الموظفين وأدوارهم وفروعهم", "Staff accounts, their roles and branches") }
    var tileSupportersDetail: String { text("الداعمون والمتبرعون وما قدموه", "Supporters, donors and what they gave") }
    var tileSurveysDetail: String { text("أسئلة استبانة كل خدمة", "The questions of each service's survey") }
    var tileTemplatesDetail: String {
        text("نص الرسائل القصيرة وواتساب والبوابة لكل مناسبة", "SMS, WhatsApp and inbox wording for each event")
    }
    var tileVolunteersDetail: String {
        text("طلبات التطوع والمهام والساعات", "Volunteer applications, tasks and hours")
    }
    var tileWeightsDetail: String { text("أوزان درجة الأولوية", "Priority score weights") }

    /// A password problem's message.
    func problem(_ problem: PasswordProblem) -> String {
        switch problem {
        case .currentWrong: return passwordCurrentWrong
        case .tooShort(let minimum): return passwordTooShort(minimum: minimum)
        case .tooLong: return passwordTooLong
        case .sameAsCurrent: return passwordSameAsOld
        case .mismatch: return passwordMismatch
        }
    }

    /// An area's tile: its title and what it holds.
    func tile(_ area: DeskArea) -> (title: String, detail: String) {
        switch area {
        case .beneficiaries: return (strings[.navBeneficiaries], tileBeneficiariesDetail)
        case .requests: return (strings[.navRequests], tileRequestsDetail)
        case .dashboard: return (strings[.dashboardTitle], tileDashboardDetail)
        case .feedback: return (strings[.navFeedback], tileFeedbackDetail)
        case .inquiries: return (strings[.navInquiries], tileInquiriesDetail)
        case .committee: return (strings[.navCommittee], tileCommitteeDetail)
        case .supporters: return (strings[.navSupporters], tileSupportersDetail)
        case .volunteers: return (strings[.navVolunteers], tileVolunteersDetail)
        case .staff: return (strings[.navStaff], tileStaffDetail)
        case .branches: return (strings[.navBranches], tileBranchesDetail)
        case .categories: return (navCategories, tileCategoriesDetail)
        case .needsWeights: return (strings[.needsWeightsTitle], tileWeightsDetail)
        case .requestTypes: return (strings[.requestTypesTitle], tileRequestTypesDetail)
        case .conflicts: return (strings[.conflictsTitle], tileConflictsDetail)
        case .templates: return (strings[.templatesTitle], tileTemplatesDetail)
        case .messages: return (strings[.messagesTitle], tileMessagesDetail)
        case .breaches: return (strings[.breachesTitle], tileBreachesDetail)
        case .retention: return (strings[.retentionTitle], tileRetentionDetail)
        case .dataRequests: return (strings[.dataRequestsTitle], tileDataRequestsDetail)
        case .satisfaction: return (strings[.satisfactionTitle], tileSatisfactionDetail)
        case .surveys: return (strings[.surveysTitle], tileSurveysDetail)
        case .mySatisfaction: return (strings[.mySatisfactionTitle], tileMySatisfactionDetail)
        case .outbox: return (strings[.outboxTitle], tileOutboxDetail)
        case .library: return (navLibrary, tileLibraryDetail)
        case .knowledgeBase: return (strings[.knowledgeBaseTitle], tileKnowledgeDetail)
        case .declarations: return (navDeclarations, tileDeclarationsDetail)
        case .audit: return (strings[.navAudit], tileAuditDetail)
        case .account: return (strings[.navAccount], tileAccountDetail)
        }
    }
}
