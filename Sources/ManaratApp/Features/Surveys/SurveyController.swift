import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The survey a beneficiary answers from a one-tap link (or on a tablet at the branch): each
/// handler finds the invitation through `SurveyService`, decodes the answer, and hands a model to
/// the page.
struct SurveyController {
    /// Who reads satisfaction in aggregate.
    static let resultReaders: Set<Role> = [.admin, .quality]
    /// Who may hand the branch tablet to a beneficiary.
    static let tabletHolders: Set<Role> = [.admin, .relations, .delivery]

    // MARK: The public survey

    /// The invitation behind the link, its scope's active survey and the link's token; 404 for a
    /// token no invitation has.
    private func invitation(_ request: Request, _ service: SurveyService) async throws
        -> (invitation: SurveyInvitation, survey: Survey?, token: String)
    {
        guard let token = request.parameter(.token), let invitation = try await service.invitation(token: token)
        else { throw Abort(.notFound) }
        return (invitation, try await service.activeSurvey(for: invitation.scope), token)
    }

    func show(_ request: Request) async throws -> Response {
        let service = request.surveys()
        let (invitation, survey, token) = try await invitation(request, service)
        if let problem = service.closed(invitation) { return closed(request, problem) }
        return page(request, .init(survey: survey, token: token, form: .blank, problems: []), status: .ok)
    }

    func answer(_ request: Request) async throws -> Response {
        let service = request.surveys()
        let (invitation, survey, token) = try await invitation(request, service)
        if let problem = service.closed(invitation) { return closed(request, problem) }
        // A post the form cannot read is an empty answer, refused for its missing rating.
        let form = (try? request.content.decode(SurveyAnswerForm.self)) ?? .blank
        let answer: SurveyAnswer
        switch form.parsed(questionCount: survey?.questions.count ?? 0) {
        case .success(let parsed): answer = parsed
        case .failure(let refused):
            return page(
                request, .init(survey: survey, token: token, form: form, problems: refused.problems),
                status: .unprocessableEntity)
        }
        let via = request.staff == nil ? "link" : "branch"
        let saved = try await request.audited(
            action: .surveyAnswer, recordType: .surveyInvitation, recordID: invitation.id.uuidString,
            summary: "answered via \(via)"
        ) { db in
            try await request.surveys(on: db).answer(answer, to: invitation, survey: survey, via: via)
        }
        guard saved else { return closed(request, .alreadyAnswered) }
        return .html(SurveyThanksPage.render(.standard, context: PageContext(request: request)))
    }

    /// The page of a link that takes no answer: 410 once expired, 409 once answered.
    private func closed(_ request: Request, _ problem: SurveyProblem) -> Response {
        let model = SurveyClosedPage.Model(problem)
        return .html(
            SurveyClosedPage.render(model, context: PageContext(request: request)),
            status: model.expired ? .gone : .conflict)
    }

    private func page(_ request: Request, _ model: SurveyPage.Model, status: HTTPResponseStatus) -> Response {
        .html(SurveyPage.render(model, context: PageContext(request: request)), status: status)
    }

    // MARK: The branch tablet

    /// Staff hand the branch tablet to the beneficiary: a fresh invitation, answered there and then.
    func atBranch(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.requestID, as: UUID.self) else { throw Abort(.notFound) }
        let found: (beneficiary: Beneficiary, subject: SurveyInviter.Subject)?
        do {
            found = try await request.surveys().tabletSurvey(requestID: id, staffID: request.staff?.id)
        } catch let refused as SurveyFormProblems {
            let text = SurveyText(strings: request.strings)
            throw UserFacingRefusal(
                status: .conflict, message: refused.problems.map { text.problem($0) }.joined(separator: " "))
        }
        guard let found else { throw Abort(.notFound) }
        let configuration = request.manarat.configuration
        let now = request.now
        let token = try await request.audited(
            action: .surveyAtBranch, recordType: .request, recordID: id.uuidString,
            summary: "survey handed over at the branch"
        ) { db in
            try await SurveyInviter(database: db, configuration: configuration, now: now).invite(
                found.beneficiary, about: found.subject, notify: false, channel: "branch")
        }
        guard let token else { throw Abort(.conflict) }
        return request.redirect(to: PublicURL.survey(token).path, redirectType: .normal)
    }
}
