import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

extension InquiryPage.Model {
    /// `inquiry` as `staff` sees it at the desk, with `problems`.
    static func query(
        _ database: any Database, inquiry: Inquiry, staff: StaffMember?, problems: [InquiryProblem] = []
    ) async throws -> Self {
        let everyone = try await StaffRepository(database: database).all().filter(\.isActive)
        return Self(
            inquiry: inquiry,
            beneficiaryName: try await BeneficiaryRepository(database: database).find(id: inquiry.beneficiaryID)?
                .name.full ?? "",
            attachment: try await InquiryRepository(database: database).attachment(of: inquiry.id),
            researchers: everyone.filter { $0.roles.contains(.researcher) },
            answerers: everyone.filter { !$0.roles.isDisjoint(with: InquiryService.answerers) },
            types: try await RequestTypeRepository(database: database).types().filter(\.isActive),
            articles: try await ArticleRepository(database: database).search("", includeStaffOnly: false).map {
                ArticleChoice(id: $0.id, titleArabic: $0.titleArabic, titleEnglish: $0.titleEnglish)
            }, mayConvert: Access.staff(RequestRoutes.intake).admits(staff),
            mayAnswer: Access.staff(InquiryService.answerers).admits(staff), problems: problems)
    }
}
