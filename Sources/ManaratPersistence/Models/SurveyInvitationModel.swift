import Fluent
import Foundation
import ManaratDomain

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
