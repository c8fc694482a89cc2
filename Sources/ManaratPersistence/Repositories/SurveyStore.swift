import Foundation
import ManaratDomain

/// What the survey pages read and write: the surveys administrators define, the invitations and
/// their answers, and the branches, staff, requests and beneficiaries those pages name.
/// `SurveyStoreRepository` keeps them in the database; service tests keep them in memory.
public protocol SurveyStore: Sendable {
    /// Every survey, in scope order.
    func surveys() async throws -> [Survey]
    /// The active survey for `scope`, if an administrator defined one.
    func activeSurvey(for scope: SurveyScope) async throws -> Survey?
    /// Saves `survey` as of `now`; an active one retires the other active survey of its scope.
    func save(_ survey: Survey, at now: Date) async throws
    /// The invitation whose token, or whose first token before a reminder, hashes to `tokenHash`.
    func invitation(tokenHash: String) async throws -> SurveyInvitation?
    /// The invitations about `subjectID`, newest first.
    func invitations(subjectID: UUID) async throws -> [SurveyInvitation]
    /// Stores `answer` to invitation `invitationID` and closes it; false when it was answered meanwhile.
    func answer(invitationID: UUID, surveyID: UUID?, answer: SurveyAnswer, via: String, at now: Date)
        async throws -> Bool
    /// Every invitation sent in [from, until), with its rating and comment once answered; only
    /// those of `branchID` or of `staffID` when given.
    func outcomes(from: Date, until: Date, branchID: UUID?, staffID: UUID?) async throws -> [SurveyOutcome]
    /// Every branch, active or not.
    func branches() async throws -> [Branch]
    /// One staff member.
    func staffMember(id: UUID) async throws -> StaffMember?
    /// One support request.
    func supportRequest(id: UUID) async throws -> SupportRequest?
    /// One beneficiary.
    func beneficiary(id: UUID) async throws -> Beneficiary?
}
