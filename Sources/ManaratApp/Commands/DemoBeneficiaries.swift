import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Realistic Arabic demo beneficiaries with households, categories, assessments-ready data and
/// contacts. Generated from a fixed seed, so the same run gives the same people and a second run
/// adds nobody twice (existing identity numbers are skipped).
enum DemoBeneficiaries {
    private static let maleNames = [
        "محمد", "أحمد", "عبدالله", "خالد", "سعد", "فهد", "عبدالرحمن", "سلطان", "ناصر", "إبراهيم", "يوسف", "عمر", "علي",
        "حسن", "ماجد", "تركي", "بندر", "فيصل", "سليمان", "صالح", "منصور", "راشد", "مشعل", "نايف",
    ]
    private static let femaleNames = [
        "فاطمة", "نورة", "سارة", "عائشة", "مريم", "هيفاء", "منيرة", "لطيفة", "ريم", "أمل", "هند", "جواهر", "العنود",
        "شهد", "رهف", "مها", "أسماء", "خديجة", "حصة", "وضحى", "لولوة", "نوف", "غادة", "سلمى",
    ]
    private static let families = [
        "العتيبي", "القحطاني", "الشهري", "الغامدي", "الزهراني", "الدوسري", "المطيري", "الحربي", "العنزي", "الشمري",
        "السبيعي", "الرشيدي", "الجهني", "القرني", "العسيري", "المالكي", "الخالدي", "الأحمري", "الثبيتي", "الهاجري",
        "البلوي", "الرويلي", "الحارثي", "السهلي",
    ]
    private static let cities = [
        ("الرياض", ["النسيم", "السويدي", "الشفا", "العريجاء", "النظيم"]),
        ("جدة", ["الصفا", "البوادي", "الربوة", "الثغر"]), ("الدمام", ["الجلوية", "الخليج", "طيبة"]),
        ("مكة المكرمة", ["العوالي", "الشرائع"]), ("المدينة المنورة", ["قباء", "العوالي"]),
        ("أبها", ["المنسك", "الخالدية"]),
    ]
    private static let health = [
        "", "", "", "", "سكري من النوع الثاني", "ارتفاع ضغط الدم", "ربو", "فشل كلوي يحتاج غسيلًا", "إعاقة حركية",
    ]
    private static let incomes = [
        "ضمان اجتماعي", "راتب تقاعدي", "عمل بدوام جزئي", "لا يوجد دخل ثابت", "حساب المواطن", "عمل حر",
    ]
    private static let contactSummaries = [
        "اتصل يستفسر عن موعد صرف المساعدة", "طلبنا صورة عقد الإيجار المحدث", "زيارة للمكتب لتحديث البيانات",
        "استفسار عن شروط كفالة الأيتام", "أبلغناه بالمستندات الناقصة",
        "تواصل عبر الموقع يطلب مساعدة في فاتورة الكهرباء",
    ]

    /// Adds up to `count` beneficiaries, printing progress every batch.
    static func seed(_ app: Application, count: Int, progress: (String) -> Void) async throws -> Int {
        guard count > 0 else { return 0 }
        let configuration = app.manarat.configuration
        let now = configuration.clock.now()
        let today = GregorianDay(now, timeZone: configuration.timeZone)
        let branches = try await BranchRepository(database: app.db).all()
        let categories = try await CategoryRepository(database: app.db).all()
        var random = SeededRandom(seed: 1444)
        var created = 0
        let batchSize = 500
        let started = configuration.clock.now()
        var index = 0
        while index < count {
            let size = min(batchSize, count - index)
            var people: [Beneficiary] = []
            for offset in 0..<size {
                people.append(
                    person(
                        ids: configuration.ids, number: index + offset, random: &random, today: today,
                        branches: branches, categories: categories))
            }
            index += size
            let existing = try await BeneficiaryRepository(database: app.db).existingIdentityNumbers(
                people.map(\.identity.value))
            people.removeAll { existing.contains($0.identity.value) }
            guard !people.isEmpty else { continue }
            var households: [(UUID, [HouseholdMember], Money, Money, HousingType)] = []
            var contacts: [Contact] = []
            for person in people {
                if random.next(100) < 35 {
                    households.append(household(ids: configuration.ids, for: person, random: &random, today: today))
                }
                if random.next(100) < 20 {
                    let followUp = random.next(100) < 50 ? today.adding(days: random.next(10) - 5) : nil
                    contacts.append(
                        Contact(
                            id: configuration.ids.next(), partyKind: .beneficiary, partyID: person.id,
                            channel: ContactChannel.allCases[random.next(ContactChannel.allCases.count)],
                            direction: random.next(2) == 0 ? .incoming : .outgoing, branchID: person.branchID,
                            staffID: nil, summary: contactSummaries[random.next(contactSummaries.count)],
                            followUpOn: followUp, followUpDone: false,
                            occurredAt: now.addingTimeInterval(-Double(random.next(60 * 86_400)))))
                }
            }
            let batch = people
            let batchHouseholds = households
            let batchContacts = contacts
            try await app.db.writeTransaction { db in
                let repository = BeneficiaryRepository(database: db)
                let numbers = try await repository.reserveFileNumbers(batch.count)
                let numbered = zip(batch, numbers).map { person, number in
                    var copy = person
                    copy.fileNumber = number
                    return copy
                }
                try await repository.insertMany(numbered, consentChannel: .interview, at: now)
                let households = HouseholdRepository(database: db)
                for (headID, members, income, rent, housing) in batchHouseholds {
                    try await households.saveFinances(
                        headID: headID, monthlyIncome: income, monthlyRent: rent, debts: .zero, housing: housing,
                        at: now)
                    for member in members {
                        try await households.addMember(member, toHouseholdHeadedBy: headID, at: now)
                    }
                }
                for contact in batchContacts { try await ContactRepository(database: db).add(contact) }
                try await AuditLog(database: db).append(
                    AuditEvent(
                        actorID: nil, actorName: "system", actingRole: nil, action: .beneficiarySeedDemo,
                        recordType: .beneficiary, recordID: nil, summary: "\(batch.count) demo beneficiaries",
                        clientIP: nil), at: now)
            }
            created += people.count
            let rate = Double(created) / max(configuration.clock.now().timeIntervalSince(started), 0.001)
            progress("beneficiaries: \(created)/\(count) (\(Int(rate))/s)")
        }
        return created
    }

    private static func person(
        ids: IDGenerator, number: Int, random: inout SeededRandom, today: GregorianDay, branches: [Branch],
        categories: [BeneficiaryCategory]
    ) -> Beneficiary {
        let female = random.next(100) < 55
        let first = female ? femaleNames[random.next(femaleNames.count)] : maleNames[random.next(maleNames.count)]
        let saudi = random.next(100) < 88
        let identity = validIdentity(prefix: saudi ? "1" : "2", number: number)
        let born = GregorianDay(year: 1950 + random.next(55), month: 1 + random.next(12), day: 1 + random.next(28))!
        let (city, districts) = cities[random.next(cities.count)]
        let phone = "+9665" + String(format: "%08d", (number * 7919 + random.next(1000)) % 100_000_000)
        let chosen =
            categories.isEmpty
            ? [] : Set((0..<(1 + random.next(2))).map { _ in categories[random.next(categories.count)].id })
        return Beneficiary(
            id: ids.next(), fileNumber: "",
            name: PersonName(
                first: first, father: maleNames[random.next(maleNames.count)],
                grandfather: maleNames[random.next(maleNames.count)], family: families[random.next(families.count)]),
            latinName: "", identity: IdentityNumber(storedType: saudi ? .nationalID : .iqama, value: identity),
            identityExpiresOn: today.adding(days: random.next(2000) - 200),
            nationality: saudi ? "سعودي" : ["يمني", "مصري", "سوداني", "باكستاني"][random.next(4)],
            gender: female ? .female : .male, bornOn: born, maritalStatus: MaritalStatus.allCases[random.next(4)],
            phones: [phone],
            city: city, district: districts[random.next(districts.count)], address: "", nationalAddressCode: "",
            incomeSources: incomes[random.next(incomes.count)], healthConditions: health[random.next(health.count)],
            preferredLanguage: .arabic, preferredChannel: [.phone, .interview, .website, .socialMedia][random.next(4)],
            branchID: branches.isEmpty ? nil : branches[random.next(branches.count)].id, categoryIDs: chosen, version: 1
        )
    }

    private static func household(
        ids: IDGenerator, for head: Beneficiary, random: inout SeededRandom, today: GregorianDay
    ) -> (UUID, [HouseholdMember], Money, Money, HousingType) {
        let count = 1 + random.next(5)
        let members = (0..<count).map { position -> HouseholdMember in
            let relation: Relation = position == 0 ? .spouse : (random.next(2) == 0 ? .son : .daughter)
            let female = relation == .daughter || (relation == .spouse && head.gender == .male)
            let given = female ? femaleNames[random.next(femaleNames.count)] : maleNames[random.next(maleNames.count)]
            let born =
                relation == .spouse
                ? (head.bornOn ?? today).adding(days: random.next(3000) - 1500)
                : today.adding(days: -(365 * (1 + random.next(17))))
            return HouseholdMember(
                id: ids.next(), fullName: given + " " + head.name.first + " " + head.name.family, relation: relation,
                gender: female ? .female : .male, identity: nil, bornOn: born, healthConditions: "", parentageNote: "",
                beneficiaryID: nil)
        }
        return (
            head.id, members, Money(halalas: random.next(8000) * 100), Money(halalas: random.next(3000) * 100),
            HousingType.allCases[random.next(4)]
        )
    }

    /// A valid national ID ("1…") or Iqama ("2…") number: a unique body from `number`, then the check digit.
    private static func validIdentity(prefix: String, number: Int) -> String {
        let body = prefix + String(format: "%08d", 30_000_000 + number)
        for check in 0...9 {
            let candidate = body + String(check)
            if case .success = IdentityNumber.parse(candidate, type: prefix == "1" ? .nationalID : .iqama) {
                return candidate
            }
        }
        return body + "0"
    }
}
