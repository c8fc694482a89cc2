import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Realistic Arabic demo data: branch offices and staff in every role.
///
/// Running it twice adds nothing twice: existing branch codes and usernames are skipped.
enum DemoData {
    struct Options {
        var branches: Int
        var password: String
        var beneficiaries: Int = 0
        var requests: Int = 0
    }

    struct Result {
        var branches: Int
        var staff: Int
        var beneficiaries = 0
        var requests = 0
        var articles = 0
        var password: String
        var usernames: [String]
    }

    static let branchCatalog: [(code: String, arabic: String, english: String, city: String)] = [
        ("RUH", "الفرع الرئيسي بالرياض", "Main branch - Riyadh", "الرياض"),
        ("JED", "فرع جدة", "Jeddah branch", "جدة"),
        ("DMM", "فرع الدمام", "Dammam branch", "الدمام"),
        ("MKK", "فرع مكة المكرمة", "Makkah branch", "مكة المكرمة"),
        ("MED", "فرع المدينة المنورة", "Madinah branch", "المدينة المنورة"),
        ("AHB", "فرع أبها", "Abha branch", "أبها"),
        ("BDH", "فرع بريدة", "Buraydah branch", "بريدة"),
        ("TUU", "فرع تبوك", "Tabuk branch", "تبوك"),
    ]

    private static let names = [
        "نورة عبدالله القحطاني", "محمد سعد العتيبي", "فاطمة علي الزهراني", "عبدالرحمن خالد الشهري",
        "سارة أحمد الغامدي", "خالد إبراهيم الدوسري", "هيفاء ناصر المطيري", "فهد عبدالعزيز الحربي",
        "ريم سليمان العنزي", "سلطان فيصل السبيعي", "منيرة حمد الشمري", "ياسر عمر البقمي",
        "أمل يوسف العمري", "تركي ماجد الرشيدي", "لطيفة صالح الجهني", "بندر مشعل القرني",
        "جواهر راشد العسيري", "عبدالله محمد المالكي", "هند مساعد الخالدي", "ماجد حسن الأحمري",
        "عائشة منصور السهلي", "نايف عادل الثبيتي", "شهد بدر الهاجري", "وليد سامي الزهراني",
        "رهف طلال العتيبي", "سامي عيسى الشهراني", "مها زياد الحارثي", "أنس وائل المحمدي",
        "لمى هشام البلوي", "مشاري ثامر الرويلي", "دانة فواز العنزي", "حسام جمال الغامدي",
        "غادة كمال الشريف", "رائد سلمان الدوسري", "بشاير معاذ القحطاني", "عمر رياض العتيبي",
        "أسماء نبيل الحربي", "زياد مهند الشمري", "العنود باسل المطيري", "معاذ أيمن العمري",
    ]

    /// The roles each demo branch gets an account for; the one administrator comes from the first run.
    private static let branchRoles: [Role] = [.relations, .researcher, .committee, .delivery, .quality]

    static func seed(_ app: Application, options: Options, progress: (String) -> Void) async throws -> Result {
        let configuration = app.manarat.configuration
        let now = configuration.clock.now()
        let hash = try await app.threadPool.runIfActive {
            try Bcrypt.hash(options.password, cost: configuration.bcryptCost)
        }
        let branchRepository = BranchRepository(database: app.db)
        var created = Result(branches: 0, staff: 0, password: options.password, usernames: [])
        var nameIndex = 0
        let selected = Array(branchCatalog.prefix(options.branches))
        for (position, entry) in selected.enumerated() {
            progress("branch \(position + 1)/\(selected.count): \(entry.code)")
            var branchID = try await branchRepository.all().first { $0.code == entry.code }?.id
            if branchID == nil {
                let branch = Branch(
                    id: configuration.ids.next(), code: entry.code, nameArabic: entry.arabic,
                    nameEnglish: entry.english, city: entry.city, isActive: true)
                try await app.db.writeTransaction { db in
                    try await BranchRepository(database: db).save(branch, at: now)
                    try await AuditLog(database: db).append(
                        Self.systemEvent(.branchCreate, .branch, branch.id, "demo branch \(branch.code)"), at: now)
                }
                branchID = branch.id
                created.branches += 1
            }
            // The main branch's committee member also sits on the quality team, to show several roles.
            for role in branchRoles {
                let username = "\(role.rawValue).\(entry.code.lowercased())"
                let name = names[nameIndex % names.count]
                nameIndex += 1
                if try await StaffRepository(database: app.db).usernameTaken(username) { continue }
                let roles: Set<Role> = position == 0 && role == .committee ? [.committee, .quality] : [role]
                let draft = StaffDraft(
                    username: username, displayName: name, roles: roles, branchID: branchID, isActive: true)
                let id = configuration.ids.next()
                try await app.db.writeTransaction { db in
                    _ = try await StaffRepository(database: db).create(
                        id: id, draft: draft, passwordHash: hash, mustChangePassword: false, at: now)
                    try await AuditLog(database: db).append(
                        Self.systemEvent(.staffCreate, .staff, id, "demo account \(username)"), at: now)
                }
                created.staff += 1
                created.usernames.append(username)
            }
        }
        created.beneficiaries = try await DemoBeneficiaries.seed(app, count: options.beneficiaries, progress: progress)
        try await DemoRequests.seedHolidays(app)
        created.requests = try await DemoRequests.seed(app, count: options.requests, progress: progress)
        created.articles = try await DemoArticles.seed(app)
        return created
    }

    private static func systemEvent(_ action: AuditAction, _ type: RecordType, _ id: UUID, _ summary: String)
        -> AuditEvent
    {
        AuditEvent(
            actorID: nil, actorName: "system", actingRole: nil, action: action, recordType: type,
            recordID: id.uuidString, summary: summary, clientIP: nil)
    }
}
