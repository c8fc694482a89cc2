import Fluent
import Foundation
import ManaratDomain

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
