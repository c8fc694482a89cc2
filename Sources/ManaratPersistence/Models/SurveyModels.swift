import Fluent
import Foundation

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

/// A row of `survey_invitations`: one link sent after one service or answered inquiry.
final class SurveyInvitationModel: Model, @unchecked Sendable {
    static let schema = "survey_invitations"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @OptionalField(key: "previous_token_hash") var previousTokenHash: String?
    @Field(key: "scope") var scope: String
    @Field(key: "subject_kind") var subjectKind: String
    @Field(key: "subject_id") var subjectID: UUID
    @Field(key: "beneficiary_id") var beneficiaryID: UUID
    @OptionalField(key: "branch_id") var branchID: UUID?
    @Field(key: "channel") var channel: String
    @OptionalField(key: "staff_id") var staffID: UUID?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "answered_at") var answeredAt: Date?
    @OptionalField(key: "reminded_at") var remindedAt: Date?

    init() {}
}

/// A row of `survey_responses`.
final class SurveyResponseModel: Model, @unchecked Sendable {
    static let schema = "survey_responses"

    @ID(key: .id) var id: UUID?
    @Field(key: "invitation_id") var invitationID: UUID
    @OptionalField(key: "survey_id") var surveyID: UUID?
    @Field(key: "rating") var rating: Int
    @Field(key: "answers") var answers: String
    @Field(key: "comment") var comment: String
    @Field(key: "answered_via") var answeredVia: String
    @Field(key: "answered_at") var answeredAt: Date

    init() {}
}
