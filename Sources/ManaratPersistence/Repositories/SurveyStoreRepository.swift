import Fluent
import Foundation
import ManaratDomain

/// `SurveyStore` in the database: the survey, branch, staff, request and beneficiary repositories
/// on one connection.
public struct SurveyStoreRepository: SurveyStore {
    let database: any Database

    /// A store on `database`.
    public init(database: any Database) {
        self.database = database
    }

    public func surveys() async throws -> [Survey] {
        try await SurveyRepository(database: database).all()
    }

    public func activeSurvey(for scope: SurveyScope) async throws -> Survey? {
        try await SurveyRepository(database: database).active(for: scope)
    }

    public func save(_ survey: Survey, at now: Date) async throws {
        try await SurveyRepository(database: database).save(survey, at: now)
    }

    public func invitation(tokenHash: String) async throws -> SurveyInvitation? {
        try await SurveyRepository(database: database).invitation(tokenHash: tokenHash)
    }

    public func invitations(subjectID: UUID) async throws -> [SurveyInvitation] {
        try await SurveyRepository(database: database).invitations(subjectID: subjectID)
    }

    public func answer(invitationID: UUID, surveyID: UUID?, answer: SurveyAnswer, via: String, at now: Date)
        async throws -> Bool
    {
        try await SurveyRepository(database: database).answer(
            invitationID: invitationID, surveyID: surveyID, answer: answer, via: via, at: now)
    }

    public func outcomes(from: Date, until: Date, branchID: UUID?, staffID: UUID?) async throws -> [SurveyOutcome] {
        try await SurveyRepository(database: database).outcomes(
            from: from, until: until, branchID: branchID, staffID: staffID)
    }

    public func branches() async throws -> [Branch] {
        try await BranchRepository(database: database).all()
    }

    public func staffMember(id: UUID) async throws -> StaffMember? {
        try await StaffRepository(database: database).find(id: id)
    }

    public func supportRequest(id: UUID) async throws -> SupportRequest? {
        try await RequestRepository(database: database).find(id: id)
    }

    public func beneficiary(id: UUID) async throws -> Beneficiary? {
        try await BeneficiaryRepository(database: database).find(id: id)
    }
}
