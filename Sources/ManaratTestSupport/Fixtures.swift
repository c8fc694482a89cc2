import Fluent
import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import Vapor

/// Ready-made records for tests.
public enum Fixtures {
    /// The password every fixture account has.
    public static let password = "correct horse battery"

    /// Creates a staff account with `roles` (and an audit-free history: fixtures are setup, not actions).
    @discardableResult
    public static func staff(
        _ app: Application, username: String, roles: Set<Role>, branchID: UUID? = nil, mustChangePassword: Bool = false,
        isActive: Bool = true
    ) async throws -> StaffMember {
        let hash = try Bcrypt.hash(password, cost: 4)
        let draft = StaffDraft(
            username: username, displayName: "Test " + username, roles: roles, branchID: branchID, isActive: isActive)
        return try await StaffRepository(database: app.db).create(
            id: UUID(), draft: draft, passwordHash: hash, mustChangePassword: mustChangePassword, at: Date())
    }

    /// Creates a branch.
    @discardableResult
    public static func branch(_ app: Application, code: String = "RUH", nameArabic: String = "فرع الرياض") async throws
        -> Branch
    {
        let branch = Branch(
            id: UUID(), code: code, nameArabic: nameArabic, nameEnglish: "Riyadh branch", city: "الرياض", isActive: true
        )
        try await BranchRepository(database: app.db).save(branch, at: Date())
        return branch
    }
}

extension Fixtures {
    /// Creates a beneficiary directly through the repository, with consent recorded.
    @discardableResult
    public static func beneficiary(
        _ app: Application, first: String = "أحمد", father: String = "محمد", grandfather: String = "سعد",
        family: String = "العتيبي",
        identity: String = "1000000008", type: IdentityType = .nationalID,
        bornOn: GregorianDay? = GregorianDay(year: 1985, month: 3, day: 14),
        phone: String = "+966551234567", healthConditions: String = "", branchID: UUID? = nil,
        language: Language = .arabic, identityExpiresOn: GregorianDay? = nil
    ) async throws -> Beneficiary {
        let id = UUID()
        return try await app.db.writeTransaction { db in
            let repository = BeneficiaryRepository(database: db)
            let beneficiary = Beneficiary(
                id: id, fileNumber: try await repository.nextFileNumber(),
                name: PersonName(first: first, father: father, grandfather: grandfather, family: family), latinName: "",
                identity: try IdentityNumber.parse(identity, type: type).get(), identityExpiresOn: identityExpiresOn,
                nationality: "سعودي", gender: .male,
                bornOn: bornOn, maritalStatus: .married, phones: [phone], city: "الرياض", district: "", address: "",
                nationalAddressCode: "",
                incomeSources: "", healthConditions: healthConditions, preferredLanguage: language,
                preferredChannel: .phone,
                branchID: branchID, categoryIDs: [], version: 1
            )
            try await repository.create(
                beneficiary,
                consent: ConsentRecord(
                    noticeVersion: PrivacyNotice.currentVersion, channel: .interview, staffID: nil, givenAt: Date()),
                at: Date())
            return beneficiary
        }
    }

    /// The fields of a complete, valid beneficiary form, to change one at a time in tests.
    public static func beneficiaryForm(
        identity: String = "1000000008", phone: String = "0551234567", bornOn: String = "1/7/1405",
        first: String = "أحمد", family: String = "العتيبي"
    ) -> [(String, String)] {
        [
            ("firstName", first), ("fatherName", "محمد"), ("grandfatherName", "سعد"), ("familyName", family),
            ("identityType", "nationalID"), ("identityNumber", identity), ("identityExpiresOn", "1/1/1450"),
            ("identityExpiresOnCalendar", "hijri"),
            ("nationality", "سعودي"), ("gender", "male"), ("bornOn", bornOn), ("bornOnCalendar", "hijri"),
            ("maritalStatus", "married"),
            ("phone", phone), ("city", "الرياض"), ("preferredLanguage", "ar"), ("preferredChannel", "phone"),
            ("branchID", ""),
            ("healthConditions", "سكري من النوع الثاني"), ("consent", "on"), ("consentChannel", "interview"),
        ]
    }
}

extension Fixtures {
    /// The first bytes of a real PNG, a PDF and an HTML page: enough for content checks.
    public static let pngBytes: [UInt8] =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        + Array(repeating: 0x42, count: 64)
    /// A minimal PDF.
    public static let pdfBytes: [UInt8] = Array("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".utf8)
    /// An HTML page with a script, as an attacker would rename to .pdf.
    public static let htmlBytes: [UInt8] = Array("<html><script>alert(1)</script></html>".utf8)

    /// A request type with exactly these documents, for tests that need a known set.
    @discardableResult
    public static func requestType(
        _ app: Application, code: String = "test-aid", documents: [DocumentRequirement] = [],
        services: [ServiceKind] = [.cash]
    ) async throws -> RequestType {
        let type = RequestType(
            id: UUID(), code: code, nameArabic: "مساعدة اختبار", nameEnglish: "Test aid", descriptionArabic: "",
            descriptionEnglish: "", requiredFields: [], requiredDocuments: documents, eligibleCategoryIDs: [],
            serviceKinds: services, isActive: true)
        try await RequestTypeRepository(database: app.db).save(type)
        return type
    }
}
