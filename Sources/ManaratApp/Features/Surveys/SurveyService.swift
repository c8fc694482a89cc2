import Foundation
import ManaratDomain
import ManaratPersistence

/// Surveys given the store, the clock and the ids; it holds no request. It defines a scope's
/// survey, finds the invitation behind a link and records its answer, checks a branch tablet
/// survey, and says whose figures a staff member may read. A refusal a person should read is
/// thrown as `SurveyFormProblems`.
struct SurveyService: Sendable {
    let store: any SurveyStore
    let clock: WallClock
    let ids: IDGenerator

    /// The lengths a link's token may have; anything else is no link at all.
    static let tokenLengths = 20...100

    // MARK: Definitions

    /// The active survey of `scope`, if an administrator defined one.
    func activeSurvey(for scope: SurveyScope) async throws -> Survey? {
        try await store.activeSurvey(for: scope)
    }

    /// `draft` as a new survey of `scope`: a new version each time, so answers already given keep
    /// pointing at the questions they answered.
    func survey(_ draft: SurveyDraft, for scope: SurveyScope) -> Survey {
        Survey(
            id: ids.next(), scope: scope, titleArabic: draft.titleArabic, titleEnglish: draft.titleEnglish,
            questions: draft.questions, isActive: draft.isActive)
    }

    /// Saves `survey`; an active one retires the scope's other.
    func save(_ survey: Survey) async throws {
        try await store.save(survey, at: clock.now())
    }

    // MARK: Answers

    /// The invitation behind a link's `token`; nil for a token no invitation has.
    func invitation(token: String) async throws -> SurveyInvitation? {
        guard Self.tokenLengths.contains(token.count) else { return nil }
        return try await store.invitation(tokenHash: Tokens.hash(token))
    }

    /// Why `invitation` can no longer be answered, if it cannot.
    func closed(_ invitation: SurveyInvitation) -> SurveyProblem? {
        SurveyRules.check(expiresAt: invitation.expiresAt, answeredAt: invitation.answeredAt, now: clock.now())
    }

    /// Records `answer` to `invitation` on `survey`, answered `via` "link" or "branch"; false when
    /// it was answered meanwhile.
    func answer(_ answer: SurveyAnswer, to invitation: SurveyInvitation, survey: Survey?, via: String)
        async throws -> Bool
    {
        try await store.answer(
            invitationID: invitation.id, surveyID: survey?.id, answer: answer, via: via, at: clock.now())
    }

    // MARK: The branch tablet

    /// The beneficiary and subject of a survey about request `requestID`, handed over on the
    /// branch tablet by `staffID`; nil when the request or its beneficiary is missing. Only a
    /// completed service is rated, and only once: a second tablet survey would count one family's
    /// opinion twice.
    func tabletSurvey(requestID: UUID, staffID: UUID?) async throws
        -> (beneficiary: Beneficiary, subject: SurveyInviter.Subject)?
    {
        guard let request = try await store.supportRequest(id: requestID),
            let beneficiary = try await store.beneficiary(id: request.beneficiaryID)
        else { return nil }
        guard request.status == .completed else { throw SurveyFormProblems(problems: [.notCompleted]) }
        if try await store.invitations(subjectID: request.id).contains(where: { $0.answeredAt != nil }) {
            throw SurveyFormProblems(problems: [.alreadyRated])
        }
        let subject = SurveyInviter.Subject(
            scope: .service(request.decision?.service ?? .cash), kind: "request", id: request.id,
            reference: request.reference, branchID: request.branchID, channel: request.channel.rawValue,
            staffID: staffID)
        return (beneficiary, subject)
    }

    // MARK: Figures

    /// Whose figures `viewer` reads when asking for `asked`: their own, or an employee's when they
    /// are that employee's manager (an administrator of their branch, or one with no branch, who
    /// manages all); nil when nobody else may see them.
    func figuresSubject(viewer: StaffMember, asked: UUID?) async throws -> UUID? {
        guard let asked, asked != viewer.id else { return viewer.id }
        guard viewer.roles.contains(.admin), let employee = try await store.staffMember(id: asked),
            viewer.branchID == nil || viewer.branchID == employee.branchID
        else { return nil }
        return asked
    }
}
