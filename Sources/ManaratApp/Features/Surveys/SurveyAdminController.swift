import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Administrators define each scope's survey; quality and management read the figures in
/// aggregate; every staff member reads their own. Each handler decodes its form, asks
/// `SurveyService` or a page's query, and hands a model to the page.
struct SurveyAdminController {
    // MARK: Definitions

    func list(_ request: Request) async throws -> Response {
        let model = try await SurveyList.Model.query(store(request))
        return .html(SurveyList.render(model, context: PageContext(request: request)))
    }

    private static func scope(_ request: Request) throws -> SurveyScope {
        guard let scope = request.parameter(.scope).flatMap(SurveyScope.init(code:)) else { throw Abort(.notFound) }
        return scope
    }

    func edit(_ request: Request) async throws -> Response {
        let model = try await SurveyEditor.Model.query(store(request), scope: try Self.scope(request))
        return .html(SurveyEditor.render(model, context: PageContext(request: request)))
    }

    func save(_ request: Request) async throws -> Response {
        let scope = try Self.scope(request)
        // A post the form cannot read is an empty one, refused for its missing titles.
        let form = (try? request.content.decode(SurveyForm.self)) ?? SurveyForm()
        let draft: SurveyDraft
        switch form.parsed() {
        case .success(let parsed): draft = parsed
        case .failure(let refused):
            let model = SurveyEditor.Model(scope: scope, form: form.trimmed(), problems: refused.problems)
            return .html(
                SurveyEditor.render(model, context: PageContext(request: request)), status: .unprocessableEntity)
        }
        let survey = request.surveys().survey(draft, for: scope)
        // A new version each time: answers already given keep pointing at the questions they answered.
        try await request.audited(
            action: .surveySave, recordType: .survey, recordID: survey.id.uuidString,
            summary: "\(scope.code): \(survey.questions.count) question(s), active \(survey.isActive)"
        ) { db in
            try await request.surveys(on: db).save(survey)
        }
        return request.redirect(to: StaffURL.surveys.path, redirectType: .normal)
    }

    // MARK: Figures

    func results(_ request: Request) async throws -> Response {
        let filters = Self.filters(request)
        let zone = request.manarat.configuration.timeZone
        let model = try await SatisfactionPage.Model.query(
            store(request), range: filters.range(today: GregorianDay(request.now, timeZone: zone)), timeZone: zone)
        if let table = filters.csv {
            guard let rows = SatisfactionPage.csv(model, table: table, strings: request.strings, timeZone: zone)
            else { throw Abort(.notFound) }
            return CSVDownload.response(rows, name: "satisfaction-" + table)
        }
        return .html(SatisfactionPage.render(model, context: PageContext(request: request)))
    }

    /// A staff member's own figures: the services they delivered and inquiries they answered.
    /// Their manager (an administrator of their branch, or one with no branch, who manages all)
    /// may open them with `?staff=ID`; nobody else sees another person's.
    func mine(_ request: Request) async throws -> Response {
        guard let staff = request.staff else { throw Abort(.notFound) }
        let filters = Self.filters(request)
        guard let subjectID = try await request.surveys().figuresSubject(viewer: staff, asked: filters.staffID)
        else { throw Abort(.forbidden) }
        let zone = request.manarat.configuration.timeZone
        let model = try await MySatisfactionPage.Model.query(
            store(request), staffID: subjectID, range: filters.range(today: GregorianDay(request.now, timeZone: zone)),
            timeZone: zone)
        return .html(MySatisfactionPage.render(model, context: PageContext(request: request)))
    }

    /// The filters in the query string; none when it cannot be read, so the page shows the last
    /// twelve months.
    private static func filters(_ request: Request) -> SatisfactionFilterForm {
        (try? request.query.decode(SatisfactionFilterForm.self)) ?? SatisfactionFilterForm()
    }

    private func store(_ request: Request) -> any SurveyStore {
        SurveyStoreRepository(database: request.db)
    }
}
