import Fluent
import Foundation
import ManaratDomain

/// Loads the request types the policy's examples name, with their usual documents, so intake can
/// start on a new installation; administrators change or retire them afterwards.
struct M0014_SeedStandardRequestTypes: AsyncMigration {
    private static func requirement(_ kind: DocumentKind, valid: Bool = false) -> DocumentRequirement {
        DocumentRequirement(kind: kind, mustBeValidAtSubmission: valid)
    }

    static let standard:
        [(
            code: String, arabic: String, english: String, descriptionArabic: String, descriptionEnglish: String,
            documents: [DocumentRequirement], services: [ServiceKind], fields: [RequestField]
        )] = [
            (
                "monthly-aid", "مساعدة مالية شهرية", "Monthly financial aid",
                "دعم نقدي شهري للأسر محدودة الدخل لمدة محددة.",
                "Monthly cash support for low-income families for a set period.",
                [
                    requirement(.identityCopy, valid: true), requirement(.familyRecord),
                    requirement(.salaryCertificate), requirement(.ibanLetter),
                ], [.cash],
                [RequestField(key: "months", labelArabic: "عدد الأشهر المطلوبة", labelEnglish: "Months requested")]
            ),
            (
                "rent", "سداد إيجار", "Rent payment", "المساعدة في سداد إيجار السكن المتأخر أو القادم.",
                "Help paying overdue or upcoming rent.",
                [requirement(.identityCopy, valid: true), requirement(.lease, valid: true), requirement(.ibanLetter)],
                [.cash],
                [RequestField(key: "landlord", labelArabic: "اسم المؤجر", labelEnglish: "Landlord")]
            ),
            (
                "medical", "علاج طبي", "Medical treatment", "المساعدة في تكاليف علاج أو أجهزة طبية.",
                "Help with the cost of treatment or medical devices.",
                [requirement(.identityCopy, valid: true), requirement(.medicalReport, valid: true)],
                [.cash, .referral],
                [RequestField(key: "hospital", labelArabic: "المستشفى أو المركز", labelEnglish: "Hospital or clinic")]
            ),
            (
                "education", "رسوم دراسية", "Education fees", "المساعدة في الرسوم الدراسية والمستلزمات.",
                "Help with school fees and supplies.",
                [requirement(.identityCopy, valid: true), requirement(.familyRecord)], [.cash, .inKind], []
            ),
            (
                "food-basket", "سلة غذائية", "Food basket", "سلة غذائية شهرية أو موسمية.",
                "A monthly or seasonal food basket.",
                [requirement(.identityCopy, valid: true)], [.inKind], []
            ),
            (
                "orphan-sponsorship", "كفالة يتيم", "Orphan sponsorship", "كفالة شهرية للأيتام.",
                "Monthly sponsorship of orphans.",
                [requirement(.identityCopy, valid: true), requirement(.familyRecord)], [.cash], []
            ),
            (
                "seasonal-clothing", "كسوة موسمية", "Seasonal clothing", "كسوة العيد والشتاء.",
                "Eid and winter clothing.",
                [requirement(.identityCopy, valid: true)], [.inKind], []
            ),
        ]

    func prepare(on database: any Database) async throws {
        for (position, type) in Self.standard.enumerated() {
            let row = RequestTypeModel()
            row.id = UUID()
            row.code = type.code
            row.nameArabic = type.arabic
            row.nameEnglish = type.english
            row.descriptionArabic = type.descriptionArabic
            row.descriptionEnglish = type.descriptionEnglish
            row.requiredFields = RequestRepository.json(type.fields)
            row.requiredDocuments = RequestRepository.json(type.documents)
            row.eligibleCategories = "[]"
            row.serviceKinds = RequestRepository.json(type.services)
            row.isActive = true
            row.sortOrder = position + 1
            try await row.create(on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await RequestTypeModel.query(on: database).filter(\.$code ~~ Self.standard.map(\.code)).delete()
    }
}
