import Fluent
import Foundation
import ManaratDomain

/// A row of `surveys`.
final class SurveyModel: Model, @unchecked Sendable {
    static let schema = "surveys"

    @ID(key: .id) var id: UUID?
    @Field(key: "scope") var scope: String
    @Field(key: "title_ar") var titleArabic: String
    @Field(key: "title_en") var titleEnglish: String
    @Field(key: "questions") var questions: String
    @Field(key: "is_active") var isActive: Bool
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}
