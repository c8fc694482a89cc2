import Fluent
import Foundation
import ManaratDomain

/// Surveys, invitations and answers.
public struct SurveyRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    // MARK: Surveys

    /// Every survey, in scope order.
    public func all() async throws -> [Survey] {
        try await SurveyModel.query(on: database).sort(\.$scope).all().compactMap(Self.survey)
    }

    /// The active survey for `scope`, if an administrator defined one.
    public func active(for scope: SurveyScope) async throws -> Survey? {
        try await SurveyModel.query(on: database).filter(\.$scope == scope.code).filter(\.$isActive == true).sort(
            \.$updatedAt, .descending
        ).first().flatMap(Self.survey)
    }

    /// One survey.
    public func find(id: UUID) async throws -> Survey? {
        try await SurveyModel.find(id, on: database).flatMap(Self.survey)
    }

    /// Saves a survey; an active one retires the other active survey of its scope.
    public func save(_ survey: Survey, at now: Date) async throws {
        if survey.isActive {
            try await SurveyModel.query(on: database).filter(\.$scope == survey.scope.code).filter(\.$id != survey.id)
                .set(\.$isActive, to: false).update()
        }
        let row = try await SurveyModel.find(survey.id, on: database) ?? SurveyModel()
        row.id = survey.id
        row.scope = survey.scope.code
        row.titleArabic = survey.titleArabic
        row.titleEnglish = survey.titleEnglish
        row.questions = String(decoding: try JSONEncoder().encode(survey.questions), as: UTF8.self)
        row.isActive = survey.isActive
        row.updatedAt = now
        try await row.save(on: database)
    }

    // MARK: Invitations

    /// Records an invitation whose token hashes to `tokenHash`.
    public func invite(
        id: UUID? = nil, tokenHash: String, scope: SurveyScope, subjectKind: String, subjectID: UUID,
        beneficiaryID: UUID, branchID: UUID?, channel: String, staffID: UUID?, at now: Date
    ) async throws -> SurveyInvitation {
        let row = SurveyInvitationModel()
        row.id = try id ?? database.ids.next()
        row.tokenHash = tokenHash
        row.scope = scope.code
        row.subjectKind = subjectKind
        row.subjectID = subjectID
        row.beneficiaryID = beneficiaryID
        row.branchID = branchID
        row.channel = channel
        row.staffID = staffID
        row.createdAt = now
        row.expiresAt = now.addingTimeInterval(SurveyRules.validity)
        try await row.create(on: database)
        return Self.invitation(row)!
    }

    /// The invitation whose token, or whose first token before a reminder, hashes to `tokenHash`.
    public func invitation(tokenHash: String) async throws -> SurveyInvitation? {
        if let current = try await SurveyInvitationModel.query(on: database).filter(\.$tokenHash == tokenHash).first() {
            return Self.invitation(current)
        }
        return try await SurveyInvitationModel.query(on: database).filter(\.$previousTokenHash == tokenHash).first()
            .flatMap(Self.invitation)
    }

    /// The invitations about `subjectID`, newest first.
    public func invitations(subjectID: UUID) async throws -> [SurveyInvitation] {
        try await SurveyInvitationModel.query(on: database).filter(\.$subjectID == subjectID).sort(
            \.$createdAt, .descending
        ).all().compactMap(Self.invitation)
    }

    /// Whether a survey was already sent about `subjectID`.
    public func invited(subjectID: UUID) async throws -> Bool {
        try await SurveyInvitationModel.query(on: database).filter(\.$subjectID == subjectID).count() > 0
    }

    /// Unanswered, not yet reminded invitations sent between `from` and `until` and still valid at `now`.
    public func unanswered(sentFrom from: Date, until: Date, validAt now: Date, limit: Int) async throws
        -> [SurveyInvitation]
    {
        try await SurveyInvitationModel.query(on: database)
            .filter(\.$answeredAt == nil).filter(\.$remindedAt == nil).filter(\.$createdAt >= from).filter(
                \.$createdAt < until
            ).filter(\.$expiresAt > now)
            .limit(limit).all().compactMap(Self.invitation)
    }

    /// Gives an invitation a second token for its reminder (the first link keeps working until the
    /// invitation expires) and marks it reminded.
    public func remind(invitationID: UUID, tokenHash: String, at now: Date) async throws {
        guard let row = try await SurveyInvitationModel.find(invitationID, on: database) else { return }
        row.previousTokenHash = row.tokenHash
        row.tokenHash = tokenHash
        row.remindedAt = now
        try await row.update(on: database)
    }

    /// Stores the answer and closes the invitation; false when it was answered meanwhile.
    public func answer(invitationID: UUID, surveyID: UUID?, answer: SurveyAnswer, via: String, at now: Date)
        async throws -> Bool
    {
        guard let row = try await SurveyInvitationModel.find(invitationID, on: database), row.answeredAt == nil else {
            return false
        }
        row.answeredAt = now
        try await row.update(on: database)
        let response = SurveyResponseModel()
        response.id = try database.ids.next()
        response.invitationID = invitationID
        response.surveyID = surveyID
        response.rating = answer.rating
        response.answers = String(decoding: try JSONEncoder().encode(answer.answers), as: UTF8.self)
        response.comment = answer.comment
        response.answeredVia = via
        response.answeredAt = now
        try await response.create(on: database)
        return true
    }

    // MARK: Figures

    /// Every invitation sent in [from, until), with its rating and comment once answered;
    /// only those of `staffID` when given (a person's own figures).
    public func outcomes(from: Date, until: Date, branchID: UUID? = nil, staffID: UUID? = nil) async throws
        -> [SurveyOutcome]
    {
        let query = SurveyInvitationModel.query(on: database).filter(\.$createdAt >= from).filter(\.$createdAt < until)
        if let branchID { query.filter(\.$branchID == branchID) }
        if let staffID { query.filter(\.$staffID == staffID) }
        let invitations = try await query.all()
        let answered = invitations.filter { $0.answeredAt != nil }.compactMap(\.id)
        var responses: [UUID: SurveyResponseModel] = [:]
        for chunk in stride(from: 0, to: answered.count, by: 500).map({
            Array(answered[$0..<min($0 + 500, answered.count)])
        }) {
            for response in try await SurveyResponseModel.query(on: database).filter(\.$invitationID ~~ chunk).all() {
                responses[response.invitationID] = response
            }
        }
        return invitations.compactMap { row in
            guard let scope = SurveyScope(code: row.scope), let id = row.id else { return nil }
            let response = responses[id]
            return SurveyOutcome(
                scope: scope, branchID: row.branchID, channel: row.channel, createdAt: row.createdAt,
                rating: response?.rating, comment: response?.comment ?? "")
        }
    }

    // MARK: Mapping

    private static func survey(_ row: SurveyModel) -> Survey? {
        guard let id = row.id, let scope = SurveyScope(code: row.scope) else { return nil }
        let questions = (try? JSONDecoder().decode([SurveyQuestion].self, from: Data(row.questions.utf8))) ?? []
        return Survey(
            id: id, scope: scope, titleArabic: row.titleArabic, titleEnglish: row.titleEnglish, questions: questions,
            isActive: row.isActive)
    }

    private static func invitation(_ row: SurveyInvitationModel) -> SurveyInvitation? {
        guard let id = row.id, let scope = SurveyScope(code: row.scope) else { return nil }
        return SurveyInvitation(
            id: id, scope: scope, subjectKind: row.subjectKind, subjectID: row.subjectID,
            beneficiaryID: row.beneficiaryID, branchID: row.branchID, channel: row.channel, staffID: row.staffID,
            createdAt: row.createdAt, expiresAt: row.expiresAt, answeredAt: row.answeredAt)
    }
}
